/** A data file that cannot be used: the message names the file and what is wrong with it. */
export class DatasetError extends Error {}
