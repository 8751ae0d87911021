using System.Net;

namespace Wann.Cluster.Hosting;

/// <summary>The <c>?key=value&amp;…</c> part of a cluster spec: certificate files, trusted peers, bind address.</summary>
internal static class ClusterSpecSettings
{
    /// <summary>Applies the settings of <paramref name="query"/> to <paramref name="spec"/>.</summary>
    /// <param name="spec">The spec parsed so far.</param>
    /// <param name="query">The text after <c>?</c>.</param>
    /// <returns>The spec with the settings.</returns>
    /// <exception cref="FormatException">An unknown, repeated or empty setting, or a bad address.</exception>
    public static ClusterSpec Apply(ClusterSpec spec, string query)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var thumbprints = new List<string>();
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string key = (equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            string value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (value.Length == 0)
            {
                throw new FormatException($"--cluster: setting '{key}' has no value (expected {key}=…).");
            }

            if (key != "thumbprint" && !seen.Add(key))
            {
                throw new FormatException($"--cluster: setting '{key}' is given twice.");
            }

            spec = key switch
            {
                "cert" => spec with { CertificatePath = value },
                "key" => spec with { KeyPath = value },
                "ca" => spec with { CaPath = value },
                "thumbprint" => AddThumbprint(spec, value, thumbprints),
                "bind" => spec with { Bind = ParseAddress(value) },
                _ => throw new FormatException($"--cluster: unknown setting '{key}'; expected cert, key, ca, thumbprint or bind."),
            };
        }

        return spec;
    }

    private static ClusterSpec AddThumbprint(ClusterSpec spec, string value, List<string> thumbprints)
    {
        string hex = value.Replace(":", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (hex.Length is not (40 or 64) || !hex.All(Uri.IsHexDigit))
        {
            throw new FormatException($"--cluster: thumbprint '{value}' is not a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) certificate hash.");
        }

        thumbprints.Add(hex);
        return spec with { TrustedThumbprints = [.. thumbprints] };
    }

    private static IPAddress ParseAddress(string value)
    {
        if (IPAddress.TryParse(value.Trim('[', ']'), out IPAddress? address))
        {
            return address;
        }

        throw new FormatException($"--cluster: bind '{value}' is not an IP address (expected e.g. bind=10.0.0.7, the address other machines reach this one on).");
    }
}
