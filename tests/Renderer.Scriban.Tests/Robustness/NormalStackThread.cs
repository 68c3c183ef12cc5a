using System.Runtime.ExceptionServices;

namespace Renderer.Scriban.Tests.Robustness;

/// <summary>
/// Runs work on a new thread with the platform's default stack size, never an enlarged one, so
/// that deep-nesting protection is tested against the stack a host really has. Exceptions are
/// re-thrown on the caller's thread.
/// </summary>
public static class NormalStackThread
{
    public static void Run(Action work)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        })
        {
            IsBackground = true,
            Name = "robustness (default stack)",
        };

        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
