using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Wann.Cluster.Hosting;

/// <summary>
/// Which membership a cluster uses and how its members prove who they are: <c>localhost</c> (Orleans development
/// clustering, every process on one machine) or <c>redis://[USER:PASSWORD@]HOST:PORT</c> / <c>rediss://…</c> (Redis
/// clustering over TLS, any number of machines), followed by optional settings
/// <c>?cert=FILE&amp;key=FILE&amp;ca=FILE&amp;thumbprint=HEX&amp;bind=ADDRESS</c>.
/// </summary>
/// <remarks>
/// Secure by default: a cluster that reaches beyond loopback must use mutual TLS (<c>cert</c> plus <c>ca</c> or
/// <c>thumbprint</c>), a shared secret (the cluster id) and a Redis password over <c>rediss://</c>, unless
/// <see cref="Insecure"/> is set. The secret is hashed into Orleans' cluster and service ids, so a member with another
/// secret neither sees this cluster's membership rows nor passes the connection handshake.
/// </remarks>
public sealed record ClusterSpec
{
    /// <summary>Environment variable holding the shared secret when no flag gives it.</summary>
    public const string SecretVariable = "WANN_CLUSTER_SECRET";

    /// <summary>Environment variable holding the Redis password when the spec does not.</summary>
    public const string RedisPasswordVariable = "WANN_REDIS_PASSWORD";

    /// <summary>Environment variable holding the password of a PFX certificate.</summary>
    public const string CertificatePasswordVariable = "WANN_CERT_PASSWORD";

    /// <summary>Cluster and service id of a cluster started without a secret (loopback or <c>--insecure</c> only).</summary>
    public const string DefaultId = "wann";

    /// <summary>Shortest secret accepted: the secret is the only thing that tells two deployments apart.</summary>
    public const int MinimumSecretLength = 12;

    /// <summary>What <c>--insecure</c> gives up, printed whenever it is used.</summary>
    public const string InsecureWarning =
        "--insecure: cluster traffic is neither encrypted nor authenticated. Anyone who can reach the silo, gateway or " +
        "Redis ports can join as a worker, read every genome and answer with made-up fitness (the coordinator's result " +
        "checks and audit still apply, but cannot catch every forgery); only use it on a network you fully trust.";

    /// <summary>Creates a spec for localhost clustering (<paramref name="redisEndpoint"/> null) or Redis at <c>HOST:PORT</c>.</summary>
    /// <param name="redisEndpoint">The Redis <c>HOST:PORT</c>, or <see langword="null"/> for localhost clustering.</param>
    public ClusterSpec(string? redisEndpoint) => RedisEndpoint = redisEndpoint;

    /// <summary>Gets the Redis <c>HOST:PORT</c>, or <see langword="null"/> for localhost clustering.</summary>
    public string? RedisEndpoint { get; init; }

    /// <summary>Gets a value indicating whether Redis is reached over TLS (<c>rediss://</c>).</summary>
    public bool RedisTls { get; init; }

    /// <summary>Gets the Redis ACL user, if any.</summary>
    public string? RedisUser { get; init; }

    /// <summary>Gets the Redis password, if any (never shown by <see cref="ToString"/>).</summary>
    public string? RedisPassword { get; init; }

    /// <summary>Gets this member's certificate: a PFX file, or a PEM certificate with <see cref="KeyPath"/>.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Gets the PEM private key of a PEM <see cref="CertificatePath"/>.</summary>
    public string? KeyPath { get; init; }

    /// <summary>Gets the PEM certificate of the authority that signs every member's certificate.</summary>
    public string? CaPath { get; init; }

    /// <summary>Gets the SHA-1 or SHA-256 thumbprints (hex) of peer certificates trusted as they are.</summary>
    public IReadOnlyList<string> TrustedThumbprints { get; init; } = [];

    /// <summary>Gets the address silos listen on and advertise; <see langword="null"/>: loopback.</summary>
    public IPAddress? Bind { get; init; }

    /// <summary>Gets the Orleans cluster id (derived from the shared secret).</summary>
    public string ClusterId { get; init; } = DefaultId;

    /// <summary>Gets the Orleans service id (derived from the shared secret).</summary>
    public string ServiceId { get; init; } = DefaultId;

    /// <summary>Gets a value indicating whether the user accepted an unencrypted, unauthenticated cluster (<c>--insecure</c>).</summary>
    public bool Insecure { get; init; }

    /// <summary>Gets what a coordinator does when every worker is gone (workers ignore it).</summary>
    public WorkersGoneAction WhenWorkersGone { get; init; } = WorkersGoneAction.FinishLocally;

    /// <summary>Gets a value indicating whether this is development clustering on one machine.</summary>
    public bool IsLocalhost => RedisEndpoint is null;

    /// <summary>Gets a value indicating whether members talk mutual TLS.</summary>
    public bool UsesTls => CertificatePath is not null;

    /// <summary>Gets the Redis host name, or <see langword="null"/> for localhost clustering.</summary>
    public string? RedisHost => RedisEndpoint?[..RedisEndpoint.LastIndexOf(':')];

    /// <summary>Gets the Redis port, or 0 for localhost clustering.</summary>
    public int RedisPort => RedisEndpoint is null ? 0 : int.Parse(RedisEndpoint[(RedisEndpoint.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);

    /// <summary>Gets a value indicating whether every member and the membership store stay on this machine.</summary>
    public bool IsLoopbackOnly => (Bind is null || IPAddress.IsLoopback(Bind)) && (IsLocalhost || IsLoopbackHost(RedisHost!));

    /// <summary>Parses a <c>--cluster</c> value and applies the secure-by-default rules.</summary>
    /// <param name="text">The value.</param>
    /// <param name="secret">The shared secret (flag or <see cref="SecretVariable"/>), or <see langword="null"/>.</param>
    /// <param name="insecure">Whether <c>--insecure</c> was given.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="FormatException">The value is malformed, or the cluster would be reachable without TLS and a secret.</exception>
    public static ClusterSpec Parse(string text, string? secret = null, bool insecure = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        int query = text.IndexOf('?', StringComparison.Ordinal);
        string membership = query < 0 ? text : text[..query];
        ClusterSpec spec = ParseMembership(membership, text) with { Insecure = insecure };
        if (query >= 0)
        {
            spec = ClusterSpecSettings.Apply(spec, text[(query + 1)..]);
        }

        if (spec.RedisEndpoint is not null && spec.RedisPassword is null && Environment.GetEnvironmentVariable(RedisPasswordVariable) is { Length: > 0 } password)
        {
            spec = spec with { RedisPassword = password };
        }

        if (secret is not null)
        {
            if (secret.Length < MinimumSecretLength)
            {
                throw new FormatException($"--cluster-secret: found {secret.Length} characters, expected at least {MinimumSecretLength} (the secret is what keeps other deployments' workers out).");
            }

            spec = spec with { ClusterId = DerivedId("cluster", secret), ServiceId = DerivedId("service", secret) };
        }

        ClusterSpecPolicy.Check(spec, secret is not null);
        return spec;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (RedisEndpoint is null)
        {
            return "localhost";
        }

        string user = RedisUser is null ? string.Empty : RedisUser + "@";
        return (RedisTls ? "rediss://" : "redis://") + user + RedisEndpoint;
    }

    internal static bool IsLoopbackHost(string host) =>
        host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? ip) && IPAddress.IsLoopback(ip));

    private static ClusterSpec ParseMembership(string membership, string text)
    {
        if (string.Equals(membership, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterSpec((string?)null);
        }

        foreach ((string scheme, bool tls) in new[] { ("redis://", false), ("rediss://", true) })
        {
            if (!membership.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string rest = membership[scheme.Length..].TrimEnd('/');
            string? user = null;
            string? password = null;
            int at = rest.LastIndexOf('@');
            if (at >= 0)
            {
                // redis-cli's form: [[USER:]PASSWORD@]HOST:PORT.
                string credentials = rest[..at];
                rest = rest[(at + 1)..];
                int colon = credentials.IndexOf(':', StringComparison.Ordinal);
                (user, password) = colon < 0 ? (null, credentials) : (credentials[..colon], credentials[(colon + 1)..]);
                user = string.IsNullOrEmpty(user) ? null : Uri.UnescapeDataString(user);
                password = string.IsNullOrEmpty(password) ? null : Uri.UnescapeDataString(password);
            }

            int portColon = rest.LastIndexOf(':');
            if (portColon > 0 && int.TryParse(rest[(portColon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and < 65536)
            {
                return new ClusterSpec(rest) { RedisTls = tls, RedisUser = user, RedisPassword = password };
            }
        }

        throw new FormatException($"--cluster: found '{Redacted(text)}', expected 'localhost' or 'redis://HOST:PORT' / 'rediss://USER:PASSWORD@HOST:PORT' (e.g. rediss://wann:PASSWORD@10.0.0.5:6380?cert=node.pfx&ca=ca.pem&bind=10.0.0.7).");
    }

    private static string Redacted(string text)
    {
        // A malformed spec may still carry a password: never echo it.
        int at = text.LastIndexOf('@');
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && at > scheme ? text[..(scheme + 3)] + "***" + text[at..] : text;
    }

    private static string DerivedId(string purpose, string secret)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes("wann-" + purpose + "\n" + secret));
        return "wann-" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
