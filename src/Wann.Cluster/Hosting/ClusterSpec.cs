using System.Globalization;

namespace Wann.Cluster.Hosting;

/// <summary>
/// Which membership a cluster uses: <c>localhost</c> (Orleans development clustering, every process on one
/// machine) or <c>redis://HOST:PORT</c> (Orleans Redis clustering, any number of machines).
/// </summary>
/// <param name="RedisEndpoint">The Redis <c>HOST:PORT</c>, or <see langword="null"/> for localhost clustering.</param>
public sealed record ClusterSpec(string? RedisEndpoint)
{
    /// <summary>Cluster and service id every Wann silo and client uses.</summary>
    public const string ClusterId = "wann";

    /// <summary>Whether this is development clustering on one machine.</summary>
    public bool IsLocalhost => RedisEndpoint is null;

    /// <summary>Parses a <c>--cluster</c> value.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="FormatException">The value is neither <c>localhost</c> nor <c>redis://HOST:PORT</c>.</exception>
    public static ClusterSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterSpec((string?)null);
        }

        const string scheme = "redis://";
        if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            string endpoint = text[scheme.Length..].TrimEnd('/');
            int colon = endpoint.LastIndexOf(':');
            if (colon > 0 && int.TryParse(endpoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and < 65536)
            {
                return new ClusterSpec(endpoint);
            }
        }

        throw new FormatException($"--cluster: found '{text}', expected 'localhost' or 'redis://HOST:PORT' (e.g. redis://127.0.0.1:6379).");
    }

    /// <summary>The Redis host name, or <see langword="null"/> for localhost clustering.</summary>
    public string? RedisHost => RedisEndpoint?[..RedisEndpoint.LastIndexOf(':')];

    /// <inheritdoc />
    public override string ToString() => RedisEndpoint is null ? "localhost" : "redis://" + RedisEndpoint;
}
