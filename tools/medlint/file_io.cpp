#include "file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace medlint {

ReadResult read_file(const std::filesystem::path& path, std::uintmax_t max_size) {
  ReadResult r;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    r.error = std::strerror(errno);
    return r;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    r.error = S_ISDIR(st.st_mode) ? "Is a directory" : "not a regular file";
    ::close(fd);
    return r;
  }
  r.size = static_cast<std::uintmax_t>(st.st_size);
  if (r.size > max_size) {
    r.status = ReadResult::Status::kTooLarge;
    ::close(fd);
    return r;
  }
  r.bytes.resize(r.size);
  std::size_t got = 0;
  while (got < r.bytes.size()) {
    const ssize_t n = ::read(fd, r.bytes.data() + got, r.bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      r.error = std::strerror(errno);
      ::close(fd);
      return r;
    }
    if (n == 0) break;  // the file shrank while we read it
    got += static_cast<std::size_t>(n);
  }
  r.bytes.resize(got);
  ::close(fd);
  r.status = ReadResult::Status::kOk;
  return r;
}

}  // namespace medlint
