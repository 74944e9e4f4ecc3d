// Product version, reported in every document we write. Kept in step with package.json by the build.
export const VERSION = '0.1.0';
