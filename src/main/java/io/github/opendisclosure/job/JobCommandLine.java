package io.github.opendisclosure.job;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/**
 * Runs a job's command line the way users of every job expect: {@code --help} from picocli; a
 * mistyped flag or value, and a {@link JobUserError}, as one line on stderr and exit code 2; any other
 * failure, errors of the JVM's included, as one line naming the job and exit code 1, with the stack
 * trace only when {@code DISCLOSURE_DEBUG} is set. A job that ran out of memory says so and how to give
 * it more, since that is what its user can change.
 */
public final class JobCommandLine {

  /** Exit code for a mistake in how the job was called. */
  public static final int USER_ERROR = 2;
  /** Exit code for a job that started and failed. */
  public static final int FAILURE = 1;

  /** Said after a failure whose causes include an {@link OutOfMemoryError} (Spark's own included). */
  static final String OUT_OF_MEMORY_HINT = "The job ran out of memory: give it more heap (JAVA_OPTS=-Xmx8g jobs/...),"
      + " or on a cluster SPARK_SUBMIT_OPTIONS=\"--driver-memory 8g --executor-memory 8g\"; fewer years or one"
      + " province at a time need less.";

  private JobCommandLine() {}

  public static int execute(Object command, String... args) {
    return execute(new CommandLine(command), args);
  }

  /** Runs an already built command line, e.g. one whose output streams a test captures. */
  public static int execute(CommandLine commandLine, String... args) {
    // A mistyped flag gets one line that says what is wrong, not the whole usage text.
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      CommandLine command = exception.getCommandLine();
      // picocli checks the required options before it reports a flag it does not know; the unknown flag
      // is the mistake to name first (jobs/extract --inptu x is missing no option, it is misspelled).
      String message = exception instanceof CommandLine.MissingParameterException
          && !command.getUnmatchedArguments().isEmpty()
          ? "Unknown option: '" + command.getUnmatchedArguments().get(0) + "'"
          : firstLine(exception.getMessage());
      command.getErr().println("error: " + message + " (--help lists the options)");
      return USER_ERROR;
    });
    commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
      if (exception instanceof JobUserError) {
        cmd.getErr().println("error: " + exception.getMessage());
        if (exception.getCause() != null && stackTracesAsked()) {
          exception.getCause().printStackTrace(cmd.getErr());
        }
        return USER_ERROR;
      }
      return reportFailure(cmd, exception);
    });
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // Thrown on the job's own thread, which picocli lets through: running out of heap (what held it is
      // unreachable by now), a class that could not initialize.
      return reportFailure(commandLine, e);
    }
  }

  private static int reportFailure(CommandLine command, Throwable failure) {
    PrintWriter err = command.getErr();
    err.println("error: " + command.getCommandName() + " failed: " + describe(failure));
    if (ranOutOfMemory(failure)) {
      err.println(OUT_OF_MEMORY_HINT);
    }
    if (stackTracesAsked()) {
      failure.printStackTrace(err);
    } else {
      err.println("(set DISCLOSURE_DEBUG=1 for the stack trace)");
    }
    err.flush();
    return FAILURE;
  }

  private static boolean stackTracesAsked() {
    return System.getenv("DISCLOSURE_DEBUG") != null;
  }

  /** Spark's {@code SparkOutOfMemoryError}, a task's failure to get execution memory, is one too. */
  private static boolean ranOutOfMemory(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** The first line of the innermost cause's message: what went wrong, where a user can act on it. */
  public static String describe(Throwable exception) {
    Throwable root = exception;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof FileSystemException files && files.getReason() == null) {
      // Java names only the file, e.g. "/proc/reports" for a folder it was not allowed to create.
      return files.getFile() + ": " + fileProblem(files);
    }
    return firstLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
  }

  /** What a file system exception that gives no reason means, in a shell's words. */
  private static String fileProblem(FileSystemException exception) {
    if (exception instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (exception instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (exception instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (exception instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (exception instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    return exception.getClass().getSimpleName();
  }

  private static String firstLine(String message) {
    return message.lines().findFirst().orElse(message);
  }
}
