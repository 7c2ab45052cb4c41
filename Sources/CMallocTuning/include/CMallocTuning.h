#ifndef C_MALLOC_TUNING_H
#define C_MALLOC_TUNING_H

/// Gives every allocation of at least `bytes` its own mapping, returned to the system
/// when freed (glibc mallopt M_MMAP_THRESHOLD; fixing it also stops glibc from raising
/// the threshold after the first large free). Returns 1 on success, 0 otherwise.
int tr_map_large_allocations(int bytes);

#endif
