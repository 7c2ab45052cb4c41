/* The parser's ceiling: libcsv over a file in 64 KiB chunks, counting fields and
 * records in the callbacks and nothing else. Built by bench/run.sh (gcc -O2 -lcsv). */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>

struct counts { unsigned long fields, records; };

static void on_field(void *data, size_t len, void *ctx) { (void)data; (void)len; ((struct counts *)ctx)->fields++; }
static void on_record(int c, void *ctx) { (void)c; ((struct counts *)ctx)->records++; }

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: libcsv_count FILE\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    struct csv_parser p;
    struct counts n = {0, 0};
    csv_init(&p, 0);
    static char buffer[65536];
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, f)) > 0) {
        if (csv_parse(&p, buffer, got, on_field, on_record, &n) != got) { fprintf(stderr, "libcsv error\n"); return 1; }
    }
    csv_fini(&p, on_field, on_record, &n);
    csv_free(&p);
    fclose(f);
    printf("%lu records %lu fields\n", n.records, n.fields);
    return 0;
}
