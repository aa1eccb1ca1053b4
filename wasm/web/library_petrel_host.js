// Host imports of the web build (linked with --js-library). Each forwards to
// Module.petrelHost, the object host-js passes to the module factory:
//   readFile(path: string) -> Uint8Array        throws an Error with a negative .errno
//   write(fd: 1 | 2, bytes: Uint8Array) -> void throws likewise
//   cwd?() -> string                            optional: the working directory
// Errors cross back as libuv-style negative codes (src/base/errors.def); -5 is EIO.
mergeInto(LibraryManager.library, {
  petrel_host_read_file: function (pathPtr, outDataPtr, outLengthPtr) {
    var path = UTF8ToString(pathPtr);
    var bytes;
    try {
      bytes = Module['petrelHost'].readFile(path);
    } catch (e) {
      return typeof e.errno === 'number' && e.errno < 0 ? e.errno : -5;
    }
    // One extra byte: sys_read_file promises a NUL after the last byte.
    var data = _malloc(bytes.length + 1);
    if (!data) return -12; // ENOMEM
    HEAPU8.set(bytes, data);
    HEAPU8[data + bytes.length] = 0;
    HEAPU32[outDataPtr >> 2] = data;
    HEAPU32[outLengthPtr >> 2] = bytes.length;
    return 0;
  },

  petrel_host_cwd: function () {
    var host = Module['petrelHost'];
    if (typeof host.cwd !== 'function') return 0;
    var cwd;
    try {
      cwd = String(host.cwd());
    } catch (e) {
      return 0;
    }
    var size = lengthBytesUTF8(cwd) + 1;
    var data = _malloc(size);
    if (data) stringToUTF8(cwd, data, size);
    return data;
  },

  petrel_host_write: function (fd, dataPtr, length) {
    try {
      // slice(): the host may keep the bytes after memory grows or is reused.
      Module['petrelHost'].write(fd, HEAPU8.slice(dataPtr, dataPtr + length));
      return 0;
    } catch (e) {
      return typeof e.errno === 'number' && e.errno < 0 ? e.errno : -5;
    }
  },
});
