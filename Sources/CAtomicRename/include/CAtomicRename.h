#ifndef C_ATOMIC_RENAME_H
#define C_ATOMIC_RENAME_H

/// Atomically exchanges the directory entries `a` and `b` (Linux renameat2 with
/// RENAME_EXCHANGE). Returns 0 on success, -1 with errno set otherwise.
int tr_exchange_paths(const char *a, const char *b);

#endif
