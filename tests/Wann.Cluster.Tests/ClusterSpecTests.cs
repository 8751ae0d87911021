using Wann.Cluster.Hosting;

namespace Wann.Cluster.Tests;

public sealed class ClusterSpecTests
{
    [Fact]
    public void Parses_localhost_and_redis_endpoints()
    {
        Assert.True(ClusterSpec.Parse("localhost").IsLocalhost);
        ClusterSpec redis = ClusterSpec.Parse("redis://10.0.0.5:6380?bind=10.0.0.7", insecure: true);
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

public sealed class ClusterSpecSecurityTests
{
    [Fact]
    public void Reads_credentials_tls_certificates_and_bind_address_and_never_shows_the_password()
    {
        ClusterSpec spec = ClusterSpec.Parse("rediss://wann:s3cret@10.0.0.5:6380?cert=node.pfx&ca=ca.pem&bind=10.0.0.7", "a-long-shared-secret");
        Assert.True(spec.RedisTls);
        Assert.Equal(("wann", "s3cret"), (spec.RedisUser, spec.RedisPassword));
        Assert.Equal(("node.pfx", "ca.pem"), (spec.CertificatePath, spec.CaPath));
        Assert.Equal("10.0.0.7", spec.Bind!.ToString());
        Assert.Equal("rediss://wann@10.0.0.5:6380", spec.ToString());
        Assert.DoesNotContain("s3cret", spec.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_secret_chooses_the_cluster_and_service_ids()
    {
        ClusterSpec one = ClusterSpec.Parse("localhost", "deployment-one-secret");
        ClusterSpec two = ClusterSpec.Parse("localhost", "deployment-two-secret");
        Assert.NotEqual(one.ClusterId, two.ClusterId);
        Assert.NotEqual(one.ServiceId, two.ServiceId);
        Assert.Equal(one.ClusterId, ClusterSpec.Parse("localhost", "deployment-one-secret").ClusterId);
        Assert.DoesNotContain("deployment", one.ClusterId, StringComparison.Ordinal);
        Assert.Equal(ClusterSpec.DefaultId, ClusterSpec.Parse("localhost").ClusterId);
    }

    [Theory]
    [InlineData("redis://10.0.0.5:6379?bind=10.0.0.7", "mutual TLS")]
    [InlineData("rediss://u:p@10.0.0.5:6379?bind=10.0.0.7&cert=a.pfx&ca=c.pem", "shared secret")]
    [InlineData("redis://u:p@10.0.0.5:6379?bind=10.0.0.7&cert=a.pfx&ca=c.pem", "Redis over TLS")]
    [InlineData("rediss://10.0.0.5:6379?bind=10.0.0.7&cert=a.pfx&ca=c.pem", "Redis password")]
    [InlineData("redis://10.0.0.5:6379", "bind=ADDRESS")]
    [InlineData("localhost?cert=a.pfx", "ca=FILE")]
    [InlineData("localhost?bind=10.0.0.7", "loopback")]
    [InlineData("localhost?colour=red", "unknown setting")]
    [InlineData("localhost?thumbprint=xyz", "SHA-1")]
    public void A_cluster_beyond_loopback_needs_tls_a_secret_and_a_redis_password(string text, string expected)
    {
        string? secret = expected == "shared secret" ? null : "a-long-shared-secret";
        var error = Assert.Throws<FormatException>(() => ClusterSpec.Parse(text, secret));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insecure_accepts_a_plain_network_cluster_and_a_short_secret_is_refused()
    {
        ClusterSpec spec = ClusterSpec.Parse("redis://10.0.0.5:6379?bind=10.0.0.7", insecure: true);
        Assert.False(spec.IsLoopbackOnly);
        Assert.True(spec.Insecure);
        Assert.Throws<FormatException>(() => ClusterSpec.Parse("localhost", "short"));
        Assert.True(ClusterSpec.Parse("redis://127.0.0.1:6379").IsLoopbackOnly);
    }
}
