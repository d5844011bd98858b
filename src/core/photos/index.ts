export { altText, freeName, IMAGE_EXTENSIONS, isImageName, safeFileName } from './names';
export { conventionPaths, DEFAULT_PHOTO_DESTINATION, eventFolders, expandDestination, photoConventions, type ConventionInput, type EventFolders, type PhotoConventions, type SiteReportImages } from './conventions';
export { linkOf, pastedName, photoFolder, planPhotos, siteLink, type PhotoPlan, type PhotoPlanInput, type PhotoSource } from './plan';
export { defaultPhotoHeading, photoInsertion, sitePhotoHeading, type PhotoHeading } from './insert';
export { imageSourceEdit } from './fix';
