using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Wann.Cluster.Tests;

/// <summary>Throw-away certificate authorities and member certificates, written to a temporary folder.</summary>
internal sealed class TestCertificates : IDisposable
{
    public TestCertificates() => Folder = Directory.CreateTempSubdirectory("wann-tls-").FullName;

    public string Folder { get; }

    /// <summary>A self-signed CA; its certificate is written as PEM to <c>NAME.pem</c>.</summary>
    public (X509Certificate2 Ca, string PemPath) Authority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        X509Certificate2 ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        string path = Path.Combine(Folder, name + ".pem");
        File.WriteAllText(path, ca.ExportCertificatePem());
        return (ca, path);
    }

    /// <summary>A member certificate signed by <paramref name="ca"/>, written as PFX to <c>NAME.pfx</c>.</summary>
    public string Member(string name, X509Certificate2 ca)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var serial = new byte[8];
        RandomNumberGenerator.Fill(serial);
        using X509Certificate2 issued = request.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(12), serial);
        using X509Certificate2 withKey = issued.CopyWithPrivateKey(key);
        string path = Path.Combine(Folder, name + ".pfx");
        File.WriteAllBytes(path, withKey.Export(X509ContentType.Pkcs12));
        return path;
    }

    /// <summary>A member certificate as PEM certificate and PEM key files.</summary>
    public (string Cert, string Key) MemberPem(string name, X509Certificate2 ca)
    {
        using X509Certificate2 pfx = X509CertificateLoader.LoadPkcs12FromFile(Member(name, ca), null);
        string cert = Path.Combine(Folder, name + ".crt");
        string keyPath = Path.Combine(Folder, name + ".key");
        File.WriteAllText(cert, pfx.ExportCertificatePem());
        using ECDsa key = pfx.GetECDsaPrivateKey()!;
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (cert, keyPath);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
