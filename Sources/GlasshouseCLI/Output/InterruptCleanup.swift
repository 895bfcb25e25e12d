import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Removes the staging folders of a command stopped by SIGINT or SIGTERM,
/// then exits with 130 or 143 (128 + the signal), so an interrupted `run`
/// leaves nothing beside its output folder.
///
/// The signal handler only writes the signal's number to a pipe (the one
/// thing a handler may safely do); a thread of its own reads the pipe,
/// removes every registered folder and exits. ``StagedFolder`` registers
/// its staging folder in ``begin(_:)`` and takes it back in
/// ``withFolders(_:)`` when it commits or discards, under the same lock the
/// cleanup holds until the process exits, so a folder is never removed half
/// way through being moved into place.
enum InterruptCleanup {
  /// The signals handled, with their exit codes.
  static let signals: [(signal: Int32, exitCode: Int32)] = [(SIGINT, 130), (SIGTERM, 143)]

  /// The staging folders to remove, and whether the handlers are installed.
  private struct State: ~Copyable {
    var folders: Set<String> = []
    var installed = false
  }

  private static let state = Mutex(State())

  /// Registers a staging folder for removal on SIGINT or SIGTERM, installing
  /// the handlers the first time.
  static func begin(_ folder: URL) {
    state.withLock { state in
      state.folders.insert(folder.path)
      if !state.installed {
        state.installed = true
        install()
      }
    }
  }

  /// Runs `body` (a commit or discard) under the cleanup's lock, then stops
  /// watching `folder`.
  static func withFolders<T>(ending folder: URL, _ body: () throws -> T) rethrows -> T {
    try state.withLock { state in
      defer { state.folders.remove(folder.path) }
      return try body()
    }
  }

  /// The write end of the pipe the handler signals through (-1 before
  /// ``install()``). Written once, before the handlers are installed, and
  /// only read afterwards, from the handler.
  nonisolated(unsafe) private static var pipeWriteEnd: Int32 = -1

  /// Creates the pipe, starts the thread that reads it and installs the
  /// handlers. Called once, under the lock, on the thread that runs the
  /// command.
  private static func install() {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    // Not inherited by programs this one starts.
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    pipeWriteEnd = ends[1]
    let readEnd = ends[0]
    let watcher = Thread {
      var received: UInt8 = 0
      while read(readEnd, &received, 1) != 1 {}
      cleanUpAndExit(signal: Int32(received))
    }
    watcher.name = "glasshouse interrupt cleanup"
    watcher.start()
    // A parent may have started this process with the signals blocked
    // (a thread of Foundation's Process, for one): unblock them on this
    // thread, so they reach the handler rather than wait forever.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for (signal, _) in signals { sigaddset(&unblocked, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    for (signal, _) in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(InterruptCleanup.pipeWriteEnd, &byte, 1)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_RESTART
      sigaction(signal, &action, nil)
    }
  }

  /// Removes every registered folder (holding the lock, so no commit can
  /// start) and exits with 128 + `signal`.
  private static func cleanUpAndExit(signal: Int32) -> Never {
    let code = signals.first { $0.signal == signal }?.exitCode ?? (128 + signal)
    state.withLock { state in
      for folder in state.folders {
        // A writer may still add a file while the folder goes: try again.
        for _ in 0..<10 where FileManager.default.fileExists(atPath: folder) {
          try? FileManager.default.removeItem(atPath: folder)
        }
      }
      // Clear a progress bar left on the terminal.
      if isatty(STDERR_FILENO) == 1 {
        let clear = Array("\r\u{1B}[K".utf8)
        _ = clear.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
      }
      _exit(code)
    }
    _exit(code)
  }
}
