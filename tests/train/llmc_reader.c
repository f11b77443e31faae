/*
 * A token-shard reader that accepts exactly what llm.c's C/CUDA trainers accept.
 *
 * The checks are those of llm.c's llmc/dataloader.h (dataloader_load_shard_), which
 * train_gpt2.c and train_gpt2.cu use: a header of 256 ints, header[0] == 20240520 (magic),
 * header[1] == 1 (version), ntok = header[2] > 0, and the file size equal to
 * 256 * sizeof(int) + ntok * sizeof(uint16_t); the body is read as uint16_t tokens.
 *
 * usage: llmc_reader EOT SHARD...
 * For each shard that passes, prints one line: "<path> ntok=<n> eot=<count> sum=<sum> max=<max>";
 * on the first one that does not, prints llm.c's message and exits 1 (as llm.c exits).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define HEADER_SIZE 256

static int read_shard(const char *path, long eot) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) { printf("Error: cannot open %s\n", path); return 1; }
    int header[HEADER_SIZE];
    if (fread(header, sizeof(int), HEADER_SIZE, file) != HEADER_SIZE) {
        printf("Error: File read error\n"); fclose(file); return 1;
    }
    if (header[0] != 20240520) { printf("Bad magic in the data file\n"); fclose(file); return 1; }
    if (header[1] != 1) { printf("Bad version in data file\n"); fclose(file); return 1; }
    int64_t ntok = header[2];
    if (!(ntok > 0)) { printf("Assertion failed: ntok > 0\n"); fclose(file); return 1; }
    fseek(file, 0, SEEK_END);
    int64_t file_size_bytes = ftell(file);
    fseek(file, HEADER_SIZE * sizeof(int), SEEK_SET);
    int64_t expected_file_size = HEADER_SIZE * sizeof(int) + ntok * sizeof(uint16_t);
    if (file_size_bytes != expected_file_size) {
        printf("Error: file size is not as expected\n"); fclose(file); return 1;
    }
    uint16_t *tokens = malloc(ntok * sizeof(uint16_t));
    if (tokens == NULL || fread(tokens, sizeof(uint16_t), ntok, file) != (size_t)ntok) {
        printf("Error: File read error\n"); free(tokens); fclose(file); return 1;
    }
    int64_t eots = 0, sum = 0;
    long max = 0;
    for (int64_t i = 0; i < ntok; i++) {
        eots += tokens[i] == eot;
        sum += tokens[i];
        if (tokens[i] > max) max = tokens[i];
    }
    printf("%s ntok=%lld eot=%lld sum=%lld max=%ld\n", path, (long long)ntok, (long long)eots,
           (long long)sum, max);
    free(tokens);
    fclose(file);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) { printf("usage: llmc_reader EOT SHARD...\n"); return 2; }
    long eot = strtol(argv[1], NULL, 10);
    for (int i = 2; i < argc; i++) {
        if (read_shard(argv[i], eot) != 0) return 1;
    }
    return 0;
}
