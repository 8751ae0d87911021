namespace Wann.Cluster.Tests;

/// <summary>A fact that is skipped, with a message saying why, on a machine without redis-server.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.FindExecutable() is null)
        {
            // CI installs it (scripts/ci-setup.d/40-redis.sh); a developer machine may not have it.
            Skip = "redis-server is not installed (apt-get install redis-server): the Redis membership test cannot run.";
        }
    }
}
