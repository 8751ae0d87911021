using Wann.Environments;

namespace Wann.Core.Tasks;

/// <summary>
/// A task capability: records one episode and turns it into a file to look at (an animated HTML page, a
/// picture, ...). <c>wann replay</c>, <c>wann serve</c>'s <c>/replay</c> and library users ask the task for
/// this capability; nothing switches on concrete task types.
/// </summary>
/// <remarks>Attach one with <c>task.Capabilities.Set&lt;IReplayCapability&gt;(...)</c>, or implement the interface on the task itself.</remarks>
public interface IReplayCapability
{
    /// <summary>Creates a recorder for one episode of a one-lane environment of the task.</summary>
    /// <param name="environment">The environment the episode runs in (lane 0).</param>
    /// <returns>The recorder; it is told about the reset and every step.</returns>
    IReplayRecorder CreateRecorder(IVectorEnvironment environment);
}
