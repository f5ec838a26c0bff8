using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LearningSociety.Web.Configuration;

/// <summary>
/// <c>dotnet LearningSociety.Web.dll create-key-certificate PATH</c>: writes a self-signed RSA certificate as a .pfx
/// for encrypting the data-protection keys (DataProtection:Certificate:Path), protected with the password in
/// <c>DataProtection__Certificate__Password</c>. Leaves an existing file alone, so a container can run it at every
/// start (docker-compose.yml does). Runs before anything else: no database is needed.
/// </summary>
public static class KeyCertificate
{
    public const string Command = "create-key-certificate";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    public static int Create(string[] args, TextWriter output)
    {
        if (args.Length < 2)
        {
            output.WriteLine($"Usage: {Command} PATH (password in DataProtection__Certificate__Password)");
            return 1;
        }

        var path = args[1];
        if (File.Exists(path))
        {
            output.WriteLine($"{path} exists; left as it is.");
            return 0;
        }

        var password = Environment.GetEnvironmentVariable("DataProtection__Certificate__Password");
        if (string.IsNullOrEmpty(password))
        {
            output.WriteLine("Set DataProtection__Certificate__Password: the .pfx holds the private key and is written only with a password.");
            return 1;
        }

        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=LearningSociety data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var bytes = certificate.Export(X509ContentType.Pkcs12, password);
        using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            file.Write(bytes);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        output.WriteLine($"Wrote {path} ({certificate.Thumbprint}). Keep a copy with the database backups: without it the stored keys cannot be read.");
        return 0;
    }
}
