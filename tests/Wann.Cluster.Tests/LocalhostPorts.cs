namespace Wann.Cluster.Tests;

/// <summary>Tests that start real localhost workers share ports 11111+ and 30000+: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LocalhostPorts
{
    public const string Name = "localhost ports";
}
