package io.github.opendisclosure.job;

/**
 * A mistake in how a job was called (a bad path, flag or setting): reported as one clear line and
 * a non-zero exit code, never as a stack trace.
 */
public final class JobUserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobUserError(String message) {
    super(message);
  }

  /** One that {@code cause} led to, whose stack trace {@code DISCLOSURE_DEBUG} shows. */
  public JobUserError(String message, Throwable cause) {
    super(message, cause);
  }
}
