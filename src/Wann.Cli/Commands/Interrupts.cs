using System.Runtime.InteropServices;

namespace Wann.Cli.Commands;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation request instead of an immediate exit, so a run
/// can finish its generation and write a checkpoint; a second signal exits at once.
/// </summary>
internal static class Interrupts
{
    private static readonly CancellationTokenSource Source = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];

    /// <summary>Gets the token cancelled by the first SIGINT or SIGTERM.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>Installs the handlers (once, at start-up).</summary>
    public static void Install()
    {
        // Once per process: the entry point may run more than once in one process (the in-process fuzz test).
        if (Registrations.Count > 0)
        {
            return;
        }

        foreach (PosixSignal signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            Registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                if (!Source.IsCancellationRequested)
                {
                    context.Cancel = true; // keep running until the current generation is done
                    Source.Cancel();
                }
            }));
        }
    }
}
