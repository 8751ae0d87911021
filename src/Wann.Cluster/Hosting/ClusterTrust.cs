using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Wann.Cluster.Hosting;

/// <summary>
/// This member's certificate and the rule that decides which peers are members: signed by the deployment's CA, or one
/// of the trusted thumbprints. Both sides of every connection present and check a certificate (mutual TLS).
/// </summary>
internal sealed class ClusterTrust
{
    private readonly X509Certificate2? _authority;
    private readonly IReadOnlyList<string> _thumbprints;

    private ClusterTrust(X509Certificate2 certificate, X509Certificate2? authority, IReadOnlyList<string> thumbprints)
    {
        Certificate = certificate;
        _authority = authority;
        _thumbprints = thumbprints;
    }

    /// <summary>Gets this member's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Loads the certificate files a spec names.</summary>
    /// <param name="spec">A spec with <see cref="ClusterSpec.UsesTls"/>.</param>
    /// <returns>The trust settings.</returns>
    /// <exception cref="FormatException">A file is missing or is not a certificate (or key) of the expected kind.</exception>
    public static ClusterTrust Load(ClusterSpec spec)
    {
        X509Certificate2 certificate = LoadCertificate(spec.CertificatePath!, spec.KeyPath);
        X509Certificate2? authority = null;
        if (spec.CaPath is not null)
        {
            authority = Read(spec.CaPath, "ca", "a PEM or DER CA certificate", () => X509CertificateLoader.LoadCertificateFromFile(spec.CaPath));
        }

        return new ClusterTrust(certificate, authority, spec.TrustedThumbprints);
    }

    /// <summary>Whether <paramref name="peer"/> belongs to this cluster.</summary>
    /// <param name="peer">The certificate the other side presented.</param>
    /// <returns><see langword="true"/> for a member.</returns>
    public bool Accepts(X509Certificate2? peer)
    {
        if (peer is null)
        {
            return false;
        }

        string sha1 = peer.Thumbprint;
        string sha256 = Convert.ToHexString(peer.GetCertHash(HashAlgorithmName.SHA256));
        foreach (string trusted in _thumbprints)
        {
            if (string.Equals(trusted, sha1, StringComparison.OrdinalIgnoreCase) || string.Equals(trusted, sha256, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (_authority is null)
        {
            return false;
        }

        // Only the deployment's CA counts as a root: a certificate from any public CA is a stranger here.
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(peer);
    }

    /// <summary>Mutual TLS settings for Orleans connections (silo to silo, client to gateway).</summary>
    /// <param name="options">Orleans' TLS options.</param>
    public void Configure(TlsOptions options)
    {
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.CheckCertificateRevocation = false;
        // Members are identified by the deployment's CA, not by host names: name mismatches are not the question here.
        options.RemoteCertificateValidation = (certificate, _, _) => Accepts(certificate);
    }

    /// <summary>Checks a Redis server's certificate: the system's trust store, or this deployment's CA / thumbprints.</summary>
    /// <param name="certificate">The server's certificate.</param>
    /// <param name="errors">What the system found wrong with it.</param>
    /// <returns>Whether to trust it.</returns>
    public bool AcceptsRedisServer(X509Certificate? certificate, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None || (certificate is not null && Accepts(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData())));

    private static X509Certificate2 LoadCertificate(string path, string? keyPath)
    {
        if (keyPath is not null)
        {
            X509Certificate2 pem = Read(path, "cert", "a PEM certificate matching key=" + keyPath, () => X509Certificate2.CreateFromPemFile(path, keyPath));
            // A PEM key is ephemeral on some platforms; a PKCS#12 round trip gives SslStream a key it can use.
            using (pem)
            {
                return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
            }
        }

        string? password = Environment.GetEnvironmentVariable(ClusterSpec.CertificatePasswordVariable);
        X509Certificate2 pfx = Read(path, "cert", $"a PFX certificate with its private key (password in {ClusterSpec.CertificatePasswordVariable}), or a PEM certificate with key=FILE",
            () => X509CertificateLoader.LoadPkcs12FromFile(path, password));
        if (!pfx.HasPrivateKey)
        {
            pfx.Dispose();
            throw new FormatException($"--cluster: cert '{path}' has no private key; expected a PFX with its key, or a PEM certificate with key=FILE.");
        }

        return pfx;
    }

    private static X509Certificate2 Read(string path, string setting, string expected, Func<X509Certificate2> load)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"--cluster: {setting} '{path}' does not exist (expected {expected}).");
        }

        try
        {
            return load();
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new FormatException($"--cluster: {setting} '{path}' could not be read as {expected}: {e.Message}", e);
        }
    }
}
