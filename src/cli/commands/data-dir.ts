// The data folder the commands work on when no --data names one dataset folder.

/** The folder whose sub-folders holding a dataset.yaml are the datasets (`build` and `validate` without --data take them all). */
export const DATA_ROOT = 'data';
