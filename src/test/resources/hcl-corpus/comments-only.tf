# Only comments in this file.
// Nothing to declare.
/* really nothing */
