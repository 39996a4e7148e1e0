import Glibc

/// What kind of object a directory entry or path is.
public enum FileKind: Sendable, Equatable {
    case regular, directory, symbolicLink, fifo, socket, device, unknown

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        default: self = .unknown
        }
    }

    init(direntType: UInt8) {
        switch Int32(direntType) {
        case Int32(DT_REG): self = .regular
        case Int32(DT_DIR): self = .directory
        case Int32(DT_LNK): self = .symbolicLink
        case Int32(DT_FIFO): self = .fifo
        case Int32(DT_SOCK): self = .socket
        case Int32(DT_CHR), Int32(DT_BLK): self = .device
        default: self = .unknown
        }
    }
}

/// One name in a directory listing.
public struct DirectoryEntry: Sendable, Equatable {
    /// The entry's name (no path).
    public var name: String
    /// Its kind as reported by `readdir` (resolved with `lstat` when the file system does not say).
    public var kind: FileKind
    /// The name's bytes when they are not valid UTF-8; `name` then holds U+FFFD in their place and cannot be used
    /// to reach the file: rename it with ``FileSystem/renameUndecodable(_:inDirectory:to:)``.
    public var undecodableName: [UInt8]? = nil
}

/// The result of opening a file that must be a regular file.
public enum RegularFileContents: Sendable {
    /// The file's bytes.
    case bytes([UInt8])
    /// The path is not a regular file (a FIFO, socket, device or directory); nothing was read.
    case notRegular(FileKind)
    /// The path is a regular file with other hard links (`st_nlink` > 1): its content belongs to another name too,
    /// possibly outside the folder it was found in (a hard link to `/etc/shadow` is a regular file); nothing was read.
    case hardLinked(links: Int)
}

/// Thin wrappers over the file-system calls the daemon needs. Every function throws ``SystemError`` naming the path.
public enum FileSystem {
    /// Reads a file that must be a regular file with a single link, without following a final symbolic link and
    /// without blocking on FIFOs or devices (`O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC`, then `fstat`).
    /// - Throws: ``SystemError``; a symbolic link gives `ELOOP`.
    public static func readRegularFile(atPath path: String) throws(SystemError) -> RegularFileContents {
        let fd = try check(retryingOnInterrupt { open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }, "open", path)
        let descriptor = FileDescriptor(rawValue: fd, path: path)
        defer { descriptor.close() }
        var info = stat()
        try check(fstat(fd, &info), "fstat", path)
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { return .notRegular(kind) }
        guard info.st_nlink <= 1 else { return .hardLinked(links: Int(info.st_nlink)) }
        return .bytes(try descriptor.readToEnd(sizeHint: Int(info.st_size)))
    }

    /// Reads a whole file, following symbolic links (for files named on the command line).
    public static func readFile(atPath path: String) throws(SystemError) -> [UInt8] {
        let fd = try check(retryingOnInterrupt { open(path, O_RDONLY | O_CLOEXEC) }, "open", path)
        let descriptor = FileDescriptor(rawValue: fd, path: path)
        defer { descriptor.close() }
        var info = stat()
        try check(fstat(fd, &info), "fstat", path)
        return try descriptor.readToEnd(sizeHint: Int(info.st_size))
    }

    /// Creates a new file that must not exist yet (`O_CREAT | O_EXCL`), open for writing.
    public static func createExclusive(atPath path: String, permissions: UInt32 = 0o644) throws(SystemError) -> FileDescriptor {
        let fd = try check(
            retryingOnInterrupt { open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(permissions)) }, "create", path)
        return FileDescriptor(rawValue: fd, path: path)
    }

    /// Opens a directory so that it can be `fsync`ed.
    public static func openDirectory(atPath path: String) throws(SystemError) -> FileDescriptor {
        let fd = try check(retryingOnInterrupt { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }, "open", path)
        return FileDescriptor(rawValue: fd, path: path)
    }

    /// Writes a file durably: creates `temporaryPath` exclusively, writes, `fsync`s, closes and renames it to
    /// `finalPath` without replacing an existing file. The caller syncs the final directory.
    public static func writeDurably(_ bytes: [UInt8], temporaryPath: String, finalPath: String) throws(SystemError) {
        let descriptor = try createExclusive(atPath: temporaryPath)
        do {
            try descriptor.writeAll(bytes)
            try descriptor.sync()
        } catch {
            descriptor.close()
            _ = unlink(temporaryPath)
            throw error
        }
        descriptor.close()
        try rename(temporaryPath, to: finalPath, replacing: false)
    }

    /// Writes a file without durability guarantees, replacing it (for tests and tools).
    public static func writeFile(atPath path: String, bytes: [UInt8], permissions: UInt32 = 0o644) throws(SystemError) {
        let fd = try check(
            retryingOnInterrupt { open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(permissions)) }, "create", path)
        let descriptor = FileDescriptor(rawValue: fd, path: path)
        defer { descriptor.close() }
        try descriptor.writeAll(bytes)
    }

    /// Renames atomically. With `replacing: false` the call fails with `EEXIST` instead of overwriting
    /// (`renameat2(RENAME_NOREPLACE)`, or `link` + `unlink` where the file system lacks it).
    public static func rename(_ source: String, to target: String, replacing: Bool) throws(SystemError) {
        if replacing {
            try check(retryingOnInterrupt { Glibc.rename(source, target) }, "rename", source)
            return
        }
        if let renameat2 = RenameAt2.function {
            let result = retryingOnInterrupt { renameat2(AT_FDCWD, source, AT_FDCWD, target, RenameAt2.noReplace) }
            if result == 0 { return }
            let code = errno
            guard code == EINVAL || code == ENOSYS else {
                throw SystemError(operation: "rename", path: source, errno: code)
            }
        }
        try check(retryingOnInterrupt { link(source, target) }, "link", source)
        try check(retryingOnInterrupt { unlink(source) }, "unlink", source)
    }

    /// Renames the entry whose name is the bytes `rawName` (not valid UTF-8, so no `String` can name it) in
    /// `directory` to `newName` in the same directory, never replacing an existing file.
    public static func renameUndecodable(_ rawName: [UInt8], inDirectory directory: String, to newName: String) throws(SystemError) {
        let source = (Array(directory.utf8) + [UInt8(ascii: "/")] + rawName + [0]).map { CChar(bitPattern: $0) }
        let target = Path.join(directory, newName)
        let display = Path.join(directory, String(decoding: rawName, as: UTF8.self))
        if let renameat2 = RenameAt2.function {
            let result = retryingOnInterrupt { renameat2(AT_FDCWD, source, AT_FDCWD, target, RenameAt2.noReplace) }
            if result == 0 { return }
            let code = errno
            guard code == EINVAL || code == ENOSYS else { throw SystemError(operation: "rename", path: display, errno: code) }
        }
        try check(retryingOnInterrupt { link(source, target) }, "link", display)
        try check(retryingOnInterrupt { unlink(source) }, "unlink", display)
    }

    /// Removes a file.
    public static func remove(atPath path: String) throws(SystemError) {
        try check(retryingOnInterrupt { unlink(path) }, "unlink", path)
    }

    /// Removes a file if it exists.
    /// - Returns: whether a file was removed.
    @discardableResult
    public static func removeIfPresent(atPath path: String) throws(SystemError) -> Bool {
        if unlink(path) == 0 { return true }
        if errno == ENOENT { return false }
        throw SystemError(operation: "unlink", path: path, errno: errno)
    }

    /// Creates a directory and any missing parents (`mkdir -p`).
    public static func makeDirectories(atPath path: String, permissions: UInt32 = 0o755) throws(SystemError) {
        if mkdir(path, mode_t(permissions)) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw SystemError(operation: "mkdir", path: path, errno: errno) }
        let parent = Path.directory(of: path)
        guard parent != path, !parent.isEmpty else { throw SystemError(operation: "mkdir", path: path, errno: ENOENT) }
        try makeDirectories(atPath: parent, permissions: permissions)
        if mkdir(path, mode_t(permissions)) != 0 && errno != EEXIST {
            throw SystemError(operation: "mkdir", path: path, errno: errno)
        }
    }

    /// The kind of object at `path` without following a final symbolic link, or `nil` when nothing is there.
    public static func kind(atPath path: String) throws(SystemError) -> FileKind? {
        var info = stat()
        if lstat(path, &info) == 0 { return FileKind(mode: info.st_mode) }
        if errno == ENOENT || errno == ENOTDIR { return nil }
        throw SystemError(operation: "lstat", path: path, errno: errno)
    }

    /// Whether anything exists at `path` (a dangling symbolic link counts).
    public static func exists(atPath path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The entries of a directory, without `.` and `..`, in no particular order.
    public static func entries(inDirectory path: String) throws(SystemError) -> [DirectoryEntry] {
        guard let directory = opendir(path) else { throw SystemError(operation: "opendir", path: path, errno: errno) }
        defer { closedir(directory) }
        var result: [DirectoryEntry] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw SystemError(operation: "readdir", path: path, errno: errno) }
                break
            }
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            let valid = String(validating: bytes, as: UTF8.self)
            let name = valid ?? String(decoding: bytes, as: UTF8.self)
            if name == "." || name == ".." { continue }
            var kind = FileKind(direntType: entry.pointee.d_type)
            if kind == .unknown, valid != nil, let resolved = try? self.kind(atPath: path + "/" + name) { kind = resolved }
            result.append(DirectoryEntry(name: name, kind: kind, undecodableName: valid == nil ? bytes : nil))
        }
        return result
    }

    /// Changes a file's permission bits.
    public static func setPermissions(atPath path: String, _ permissions: UInt32) throws(SystemError) {
        try check(chmod(path, mode_t(permissions)), "chmod", path)
    }

    /// The canonical absolute path (`realpath`).
    public static func canonicalPath(_ path: String) throws(SystemError) -> String {
        guard let resolved = realpath(path, nil) else { throw SystemError(operation: "realpath", path: path, errno: errno) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The current working directory.
    public static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}

/// `renameat2`, looked up at run time: glibc declares it only under `_GNU_SOURCE`, which the Swift Glibc
/// module does not import.
private enum RenameAt2 {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    /// `RENAME_NOREPLACE` from `<linux/fs.h>`.
    static let noReplace: UInt32 = 1
    static let function: Function? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()
}
