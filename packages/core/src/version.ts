/** The synthdata version written into dataset cards so a dataset can be reproduced with the same tool. */
export const SYNTHDATA_VERSION = "0.1.0";
