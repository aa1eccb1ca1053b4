/* File system requests (libuv's test-fs.c in miniature), on a fresh directory under /tmp:
 * synchronous calls (cb NULL: the result is returned and in req->result), asynchronous ones
 * (the callback comes from the loop), listings, links, and libuv's error codes. Natively
 * /tmp is the host's; under WASI the runner preopens "/" so it is the host's too; on the web
 * build it is Emscripten's in-memory file system. */
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "uv_test.h"

#define PATH_SIZE 256

static void make_dir(char *dir, const char *what) {
  uv_fs_t req;
  uv_test_temp_name(dir, PATH_SIZE, what);
  CHECK_INT(uv_fs_mkdir(NULL, &req, dir, 0755, NULL), 0);
  uv_fs_req_cleanup(&req);
}

static void join(char *out, const char *dir, const char *name) {
  int n = snprintf(out, PATH_SIZE, "%s/%s", dir, name);
  CHECK(n > 0 && n < PATH_SIZE);
}

/* Unlinks a file and removes the directory; checks both worked. */
static void remove_all(const char *dir, const char *const *files, int count) {
  uv_fs_t req;
  char path[PATH_SIZE];
  for (int i = 0; i < count; i++) {
    join(path, dir, files[i]);
    CHECK_INT(uv_fs_unlink(NULL, &req, path, NULL), 0);
    uv_fs_req_cleanup(&req);
  }
  CHECK_INT(uv_fs_rmdir(NULL, &req, dir, NULL), 0);
  uv_fs_req_cleanup(&req);
}

static void sync_file_round_trip(int argc, char **argv) {
  char dir[PATH_SIZE], path[PATH_SIZE], moved[PATH_SIZE], copy[PATH_SIZE];
  uv_fs_t req;
  make_dir(dir, "sync");
  join(path, dir, "file.txt");
  join(moved, dir, "moved.txt");
  join(copy, dir, "copy.txt");

  int fd = uv_fs_open(NULL, &req, path, UV_FS_O_CREAT | UV_FS_O_RDWR | UV_FS_O_TRUNC, 0644, NULL);
  CHECK(fd >= 0);
  CHECK_INT(req.result, fd);
  CHECK_INT(uv_fs_get_type(&req), UV_FS_OPEN);
  CHECK_STR(uv_fs_get_path(&req), path);
  uv_fs_req_cleanup(&req);

  char hello[] = "hello", world[] = " world";
  uv_buf_t out[2] = {uv_buf_init(hello, 5), uv_buf_init(world, 6)};
  CHECK_INT(uv_fs_write(NULL, &req, fd, out, 2, -1, NULL), 11);
  uv_fs_req_cleanup(&req);

  char got[16] = {0};
  uv_buf_t in = uv_buf_init(got, 5);
  CHECK_INT(uv_fs_read(NULL, &req, fd, &in, 1, 6, NULL), 5);
  CHECK_STR(got, "world");
  uv_fs_req_cleanup(&req);
  char first[4] = {0}, second[8] = {0};
  uv_buf_t split[2] = {uv_buf_init(first, 3), uv_buf_init(second, 8)};
  CHECK_INT(uv_fs_read(NULL, &req, fd, split, 2, 0, NULL), 11); /* fills in order */
  CHECK_STR(first, "hel");
  CHECK(memcmp(second, "lo world", 8) == 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_read(NULL, &req, fd, &in, 1, -1, NULL), 0); /* at the end: EOF */
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_read(NULL, &req, fd, NULL, 0, 0, NULL), UV_EINVAL);

  CHECK_INT(uv_fs_fstat(NULL, &req, fd, NULL), 0);
  CHECK_INT(req.statbuf.st_size, 11);
  CHECK(S_ISREG(req.statbuf.st_mode));
  CHECK(req.ptr == &req.statbuf);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_ftruncate(NULL, &req, fd, 5, NULL), 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_fsync(NULL, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_close(NULL, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);

  CHECK_INT(uv_fs_stat(NULL, &req, path, NULL), 0);
  CHECK_INT(uv_fs_get_statbuf(&req)->st_size, 5);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_access(NULL, &req, path, F_OK, NULL), 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_rename(NULL, &req, path, moved, NULL), 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_stat(NULL, &req, path, NULL), UV_ENOENT);
  uv_fs_req_cleanup(&req);

  CHECK_INT(uv_fs_copyfile(NULL, &req, moved, copy, 0, NULL), 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_copyfile(NULL, &req, moved, copy, UV_FS_COPYFILE_EXCL, NULL), UV_EEXIST);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_copyfile(NULL, &req, moved, copy, 0x100, NULL), UV_EINVAL);
  fd = uv_fs_open(NULL, &req, copy, UV_FS_O_RDONLY, 0, NULL);
  uv_fs_req_cleanup(&req);
  memset(got, 0, sizeof got);
  in = uv_buf_init(got, sizeof got);
  CHECK_INT(uv_fs_read(NULL, &req, fd, &in, 1, -1, NULL), 5);
  CHECK_STR(got, "hello");
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_close(NULL, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);

  const char *files[] = {"moved.txt", "copy.txt"};
  remove_all(dir, files, 2);
}

static void errors_are_libuv_codes(int argc, char **argv) {
  char dir[PATH_SIZE], path[PATH_SIZE], through[PATH_SIZE];
  uv_fs_t req;
  make_dir(dir, "errors");
  join(path, dir, "missing.txt");
  CHECK_INT(uv_fs_open(NULL, &req, path, UV_FS_O_RDONLY, 0, NULL), UV_ENOENT);
  CHECK_INT(req.result, UV_ENOENT);
  CHECK_INT(uv_fs_get_result(&req), UV_ENOENT);
  CHECK_INT(uv_fs_get_system_error(&req), 2); /* Linux's ENOENT, on every target */
  CHECK_STR(uv_err_name((int)req.result), "ENOENT");
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_access(NULL, &req, path, F_OK, NULL), UV_ENOENT);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_rmdir(NULL, &req, path, NULL), UV_ENOENT);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_mkdir(NULL, &req, dir, 0755, NULL), UV_EEXIST);
  uv_fs_req_cleanup(&req);

  int fd = uv_fs_open(NULL, &req, path, UV_FS_O_CREAT | UV_FS_O_WRONLY, 0644, NULL);
  CHECK(fd >= 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_close(NULL, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_open(NULL, &req, path, UV_FS_O_CREAT | UV_FS_O_EXCL | UV_FS_O_WRONLY, 0644,
                       NULL),
            UV_EEXIST);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_rmdir(NULL, &req, dir, NULL), UV_ENOTEMPTY);
  uv_fs_req_cleanup(&req);
  join(through, path, "x");
  CHECK_INT(uv_fs_stat(NULL, &req, through, NULL), UV_ENOTDIR);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_close(NULL, &req, 9999, NULL), UV_EBADF);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_scandir(NULL, &req, path, 0, NULL), UV_ENOTDIR);
  uv_dirent_t entry;
  CHECK_INT(uv_fs_scandir_next(&req, &entry), UV_ENOTDIR);
  uv_fs_req_cleanup(&req);

  const char *files[] = {"missing.txt"};
  remove_all(dir, files, 1);
}

static void touch(const char *dir, const char *name) {
  char path[PATH_SIZE];
  uv_fs_t req;
  join(path, dir, name);
  int fd = uv_fs_open(NULL, &req, path, UV_FS_O_CREAT | UV_FS_O_WRONLY, 0644, NULL);
  CHECK(fd >= 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_close(NULL, &req, fd, NULL), 0);
  uv_fs_req_cleanup(&req);
}

static void scandir_lists_sorted_entries(int argc, char **argv) {
  char dir[PATH_SIZE], sub[PATH_SIZE];
  uv_fs_t req;
  uv_dirent_t entry;
  make_dir(dir, "scandir");
  CHECK_INT(uv_fs_scandir(NULL, &req, dir, 0, NULL), 0); /* empty */
  CHECK_INT(uv_fs_scandir_next(&req, &entry), UV_EOF);
  uv_fs_req_cleanup(&req);

  touch(dir, "b.txt");
  touch(dir, "a.txt");
  join(sub, dir, "c");
  CHECK_INT(uv_fs_mkdir(NULL, &req, sub, 0755, NULL), 0);
  uv_fs_req_cleanup(&req);

  CHECK_INT(uv_fs_scandir(NULL, &req, dir, 0, NULL), 3);
  CHECK_INT(uv_fs_scandir_next(&req, &entry), 0);
  CHECK_STR(entry.name, "a.txt");
  CHECK_INT(entry.type, UV_DIRENT_FILE);
  CHECK_INT(uv_fs_scandir_next(&req, &entry), 0);
  CHECK_STR(entry.name, "b.txt");
  CHECK_INT(uv_fs_scandir_next(&req, &entry), 0);
  CHECK_STR(entry.name, "c");
  CHECK_INT(entry.type, UV_DIRENT_DIR);
  CHECK_INT(uv_fs_scandir_next(&req, &entry), UV_EOF);
  uv_fs_req_cleanup(&req);

  CHECK_INT(uv_fs_scandir(NULL, &req, dir, 0, NULL), 3); /* cleanup mid-way frees the rest */
  CHECK_INT(uv_fs_scandir_next(&req, &entry), 0);
  uv_fs_req_cleanup(&req);

  CHECK_INT(uv_fs_rmdir(NULL, &req, sub, NULL), 0);
  uv_fs_req_cleanup(&req);
  const char *files[] = {"a.txt", "b.txt"};
  remove_all(dir, files, 2);
}

static void links_and_real_paths(int argc, char **argv) {
  char dir[PATH_SIZE], link[PATH_SIZE], sub[PATH_SIZE], indirect[PATH_SIZE], expected[PATH_SIZE];
  uv_fs_t req;
  make_dir(dir, "links");
  touch(dir, "target.txt");
  join(link, dir, "link");
  join(sub, dir, "sub");
  CHECK_INT(uv_fs_symlink(NULL, &req, "target.txt", link, 0, NULL), 0);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_mkdir(NULL, &req, sub, 0755, NULL), 0);
  uv_fs_req_cleanup(&req);

  CHECK_INT(uv_fs_readlink(NULL, &req, link, NULL), 0);
  CHECK_STR((const char *)req.ptr, "target.txt");
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_lstat(NULL, &req, link, NULL), 0);
  CHECK(S_ISLNK(req.statbuf.st_mode));
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_stat(NULL, &req, link, NULL), 0);
  CHECK(S_ISREG(req.statbuf.st_mode));
  uv_fs_req_cleanup(&req);

  join(indirect, dir, "./sub/..//link");
  join(expected, dir, "target.txt");
  CHECK_INT(uv_fs_realpath(NULL, &req, indirect, NULL), 0);
  CHECK_STR((const char *)req.ptr, expected);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_realpath(NULL, &req, "/", NULL), 0);
  CHECK_STR((const char *)req.ptr, "/");
  uv_fs_req_cleanup(&req);
  join(indirect, dir, "nothing/..");
  CHECK_INT(uv_fs_realpath(NULL, &req, indirect, NULL), UV_ENOENT);
  uv_fs_req_cleanup(&req);
  join(indirect, dir, "target.txt/");
  CHECK_INT(uv_fs_realpath(NULL, &req, indirect, NULL), UV_ENOTDIR);
  uv_fs_req_cleanup(&req);
  char cwd[PATH_SIZE];
  CHECK(getcwd(cwd, sizeof cwd) != NULL);
  CHECK_INT(uv_fs_realpath(NULL, &req, ".", NULL), 0); /* relative: from the working dir */
  CHECK_STR((const char *)req.ptr, cwd);
  uv_fs_req_cleanup(&req);
  CHECK_INT(uv_fs_readlink(NULL, &req, expected, NULL), UV_EINVAL); /* not a link */
  uv_fs_req_cleanup(&req);

  CHECK_INT(uv_fs_rmdir(NULL, &req, sub, NULL), 0);
  uv_fs_req_cleanup(&req);
  const char *files[] = {"link", "target.txt"};
  remove_all(dir, files, 2);
}

/* An asynchronous chain: each callback checks its result and starts the next request. */
static char async_path[PATH_SIZE];
static char async_data[] = "async!";
static char async_got[16];
static uv_buf_t async_buf;
static uv_fs_t async_req;
static int async_fd;

static void on_unlinked(uv_fs_t *req) {
  uv_test_record(req->result == 0 ? "unlink" : "unlink:error");
  uv_fs_req_cleanup(req);
}

static void on_closed(uv_fs_t *req) {
  uv_test_record(req->result == 0 ? "close" : "close:error");
  uv_fs_req_cleanup(req);
  CHECK_INT(uv_fs_unlink(req->loop, &async_req, async_path, on_unlinked), 0);
}

static void on_read(uv_fs_t *req) {
  uv_test_record(req->result == 6 && strcmp(async_got, "async!") == 0 ? "read" : "read:error");
  uv_fs_req_cleanup(req);
  CHECK_INT(uv_fs_close(req->loop, &async_req, async_fd, on_closed), 0);
}

static void on_fstat(uv_fs_t *req) {
  uv_test_record(req->result == 0 && req->statbuf.st_size == 6 ? "fstat" : "fstat:error");
  uv_fs_req_cleanup(req);
  async_buf = uv_buf_init(async_got, sizeof async_got);
  CHECK_INT(uv_fs_read(req->loop, &async_req, async_fd, &async_buf, 1, 0, on_read), 0);
}

static void on_written(uv_fs_t *req) {
  uv_test_record(req->result == 6 ? "write" : "write:error");
  uv_fs_req_cleanup(req);
  CHECK_INT(uv_fs_fstat(req->loop, &async_req, async_fd, on_fstat), 0);
}

static void on_opened(uv_fs_t *req) {
  uv_test_record(req->result >= 0 ? "open" : "open:error");
  async_fd = (int)req->result;
  uv_fs_req_cleanup(req);
  async_buf = uv_buf_init(async_data, 6);
  CHECK_INT(uv_fs_write(req->loop, &async_req, async_fd, &async_buf, 1, -1, on_written), 0);
}

static void on_missing(uv_fs_t *req) {
  uv_test_record(req->result == UV_ENOENT ? "ENOENT" : "stat:error");
  uv_fs_req_cleanup(req);
}

static void async_requests_complete_from_the_loop(int argc, char **argv) {
  char dir[PATH_SIZE], missing[PATH_SIZE];
  uv_loop_t loop;
  uv_fs_t stat_req;
  uv_test_log_reset();
  memset(async_got, 0, sizeof async_got);
  make_dir(dir, "async");
  join(async_path, dir, "file.txt");
  join(missing, dir, "missing");
  CHECK_INT(uv_loop_init(&loop), 0);
  CHECK_INT(uv_fs_open(&loop, &async_req, async_path, UV_FS_O_CREAT | UV_FS_O_RDWR, 0644,
                       on_opened),
            0);
  CHECK_STR(uv_test_log, ""); /* nothing happens before the loop runs */
  CHECK_INT(uv_loop_alive(&loop), 1);
  CHECK_INT(uv_run(&loop, UV_RUN_ONCE), 1); /* one step; the chain goes on */
  CHECK_STR(uv_test_log, "open");
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_STR(uv_test_log, "open write fstat read close unlink");

  CHECK_INT(uv_fs_stat(&loop, &stat_req, missing, on_missing), 0); /* errors come the same way */
  CHECK_INT(uv_test_run(&loop), 0);
  CHECK_STR(uv_test_log, "open write fstat read close unlink ENOENT");
  CHECK_INT(uv_loop_close(&loop), 0);
  remove_all(dir, NULL, 0);
}

static const UnitCase cases[] = {
  {"a file round trip, synchronously", sync_file_round_trip},
  {"errors are libuv's codes", errors_are_libuv_codes},
  {"scandir lists sorted entries", scandir_lists_sorted_entries},
  {"links and real paths", links_and_real_paths},
  {"asynchronous requests complete from the loop", async_requests_complete_from_the_loop},
};
UNIT_MAIN(cases)
