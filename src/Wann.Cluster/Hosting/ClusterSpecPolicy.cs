using System.Net;

namespace Wann.Cluster.Hosting;

/// <summary>Secure by default: refuses a cluster spec that would let strangers join, unless <c>--insecure</c> was given.</summary>
internal static class ClusterSpecPolicy
{
    /// <summary>Checks <paramref name="spec"/>.</summary>
    /// <param name="spec">The parsed spec.</param>
    /// <param name="hasSecret">Whether a shared secret was given.</param>
    /// <exception cref="FormatException">What is missing, and how to give it.</exception>
    public static void Check(ClusterSpec spec, bool hasSecret)
    {
        if (spec.KeyPath is not null && spec.CertificatePath is null)
        {
            throw new FormatException("--cluster: 'key' needs 'cert' (key=FILE is the private key of a PEM cert=FILE).");
        }

        if (spec.UsesTls && spec.CaPath is null && spec.TrustedThumbprints.Count == 0)
        {
            throw new FormatException("--cluster: 'cert' needs 'ca=FILE' (the authority that signs every member's certificate) or 'thumbprint=HEX' (a trusted peer certificate) to check the other side.");
        }

        if (!spec.UsesTls && (spec.CaPath is not null || spec.TrustedThumbprints.Count > 0))
        {
            throw new FormatException("--cluster: 'ca' and 'thumbprint' check peers' certificates, so this member needs its own: add cert=FILE (PFX, or PEM with key=FILE).");
        }

        if (spec.IsLocalhost && spec.Bind is not null && !IPAddress.IsLoopback(spec.Bind))
        {
            throw new FormatException($"--cluster localhost: bind {spec.Bind} is not a loopback address; a cluster across machines needs redis://… membership.");
        }

        if (!spec.IsLocalhost && spec.Bind is null && !ClusterSpec.IsLoopbackHost(spec.RedisHost!))
        {
            throw new FormatException($"--cluster {spec}: Redis is on another machine, so name the address the other machines reach this one on: add ?bind=ADDRESS (e.g. bind=10.0.0.7).");
        }

        if (spec.IsLoopbackOnly || spec.Insecure)
        {
            return;
        }

        var missing = new List<string>();
        if (!spec.UsesTls)
        {
            missing.Add("mutual TLS (cert=FILE plus ca=FILE or thumbprint=HEX)");
        }

        if (!hasSecret)
        {
            missing.Add($"a shared secret (--cluster-secret or {ClusterSpec.SecretVariable}, at least {ClusterSpec.MinimumSecretLength} characters)");
        }

        if (!spec.IsLocalhost && !spec.RedisTls)
        {
            missing.Add("Redis over TLS (rediss://)");
        }

        if (!spec.IsLocalhost && spec.RedisPassword is null)
        {
            missing.Add($"a Redis password (rediss://USER:PASSWORD@HOST:PORT or {ClusterSpec.RedisPasswordVariable})");
        }

        if (missing.Count > 0)
        {
            throw new FormatException($"--cluster {spec}: this cluster reaches beyond this machine, so it needs {string.Join("; ", missing)}. On a network you fully trust, --insecure skips these checks.");
        }
    }
}
