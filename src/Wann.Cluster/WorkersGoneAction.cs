namespace Wann.Cluster;

/// <summary>What the coordinator does when no worker is left in the middle of a generation.</summary>
public enum WorkersGoneAction
{
    /// <summary>Scores the rest of the generation (and later ones, until a worker returns) on the coordinator.</summary>
    FinishLocally,

    /// <summary>Stops the run with <see cref="ClusterWorkersGoneException"/>; its folder keeps the last checkpoint.</summary>
    Stop,
}
