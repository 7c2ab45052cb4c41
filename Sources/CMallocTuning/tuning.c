#include <malloc.h>
#include "CMallocTuning.h"

int tr_map_large_allocations(int bytes) {
    return mallopt(M_MMAP_THRESHOLD, bytes);
}
