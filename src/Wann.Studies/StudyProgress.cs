namespace Wann.Studies;

/// <summary>Where a study stands: runs finished (this session and before), running, and left.</summary>
/// <param name="Done">Runs finished.</param>
/// <param name="Running">Runs in progress.</param>
/// <param name="Left">Runs not started.</param>
/// <param name="Total">All runs of the study.</param>
/// <param name="Last">The run that just changed state, e.g. "paper seed 3 done".</param>
public sealed record StudyProgress(int Done, int Running, int Left, int Total, string Last);
