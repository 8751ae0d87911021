using Wann.Cluster.Hosting;

namespace Wann.Cluster.Tests;

public sealed class ClusterSpecTests
{
    [Fact]
    public void Parses_localhost_and_redis_endpoints()
    {
        Assert.True(ClusterSpec.Parse("localhost").IsLocalhost);
        ClusterSpec redis = ClusterSpec.Parse("redis://10.0.0.5:6380");
        Assert.False(redis.IsLocalhost);
        Assert.Equal("10.0.0.5:6380", redis.RedisEndpoint);
        Assert.Equal("10.0.0.5", redis.RedisHost);
        Assert.Equal("redis://10.0.0.5:6380", redis.ToString());
    }

    [Theory]
    [InlineData("redis://host")]
    [InlineData("redis://host:0")]
    [InlineData("tcp://host:6379")]
    [InlineData("")]
    public void Rejects_other_values_with_the_expected_forms(string text)
    {
        var error = Assert.Throws<FormatException>(() => ClusterSpec.Parse(text));
        Assert.Contains("redis://HOST:PORT", error.Message, StringComparison.Ordinal);
    }
}
