using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Serilog;
using StackExchange.Redis;
using Wann.Core.Evaluation;

namespace Wann.Cluster.Hosting;

/// <summary>Builds Wann worker silos and coordinator clients for a <see cref="ClusterSpec"/>.</summary>
public static class ClusterHosting
{
    /// <summary>Silo port of the first localhost worker (the development cluster's primary silo).</summary>
    public const int LocalhostSiloPort = 11111;

    /// <summary>Gateway port of the first localhost worker.</summary>
    public const int LocalhostGatewayPort = 30000;

    /// <summary>How many localhost workers can run on one machine (consecutive port pairs).</summary>
    public const int LocalhostMaxWorkers = 16;

    /// <summary>Adds the worker side to a silo: the shared local evaluator the evaluation grains use.</summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="threads">Evaluation threads on this silo (0: all cores).</param>
    public static void AddWannWorker(this ISiloBuilder silo, int threads)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton(_ => new LocalPopulationEvaluator(threads));
        silo.Services.AddSingleton<IPopulationEvaluator>(sp => sp.GetRequiredService<LocalPopulationEvaluator>());
    }

    /// <summary>Builds (does not start) a worker silo host.</summary>
    /// <param name="spec">Membership to join.</param>
    /// <param name="threads">Evaluation threads (0: all cores).</param>
    /// <param name="minimumLogLevel">Orleans log level kept.</param>
    /// <param name="log">A Serilog logger that receives every event (one logging pipeline); <see langword="null"/>: the console.</param>
    /// <returns>The host and a description of its endpoints.</returns>
    /// <exception cref="InvalidOperationException">No free localhost port pair is left.</exception>
    public static (IHost Host, string Endpoint) BuildWorker(ClusterSpec spec, int threads, LogLevel minimumLogLevel = LogLevel.Warning, Serilog.ILogger? log = null) =>
        BuildWorker(spec, threads, minimumLogLevel, log, configureSilo: null);

    /// <summary>Builds a worker silo host with extra silo configuration (tests replace the evaluator).</summary>
    /// <param name="spec">Membership to join.</param>
    /// <param name="threads">Evaluation threads (0: all cores).</param>
    /// <param name="minimumLogLevel">Orleans log level kept.</param>
    /// <param name="log">Serilog logger, or <see langword="null"/> for the console.</param>
    /// <param name="configureSilo">Runs after the worker's own configuration.</param>
    /// <returns>The host and a description of its endpoints.</returns>
    internal static (IHost Host, string Endpoint) BuildWorker(ClusterSpec spec, int threads, LogLevel minimumLogLevel, Serilog.ILogger? log, Action<ISiloBuilder>? configureSilo)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        if (log is not null)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddSerilog(log, dispose: false);
        }

        builder.Logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        ClusterTrust? trust = spec.UsesTls ? ClusterTrust.Load(spec) : null;
        string endpoint;
        if (spec.IsLocalhost)
        {
            int slot = FirstFreeLocalhostSlot();
            int siloPort = LocalhostSiloPort + slot;
            int gatewayPort = LocalhostGatewayPort + slot;
            endpoint = $"127.0.0.1:{siloPort} (gateway {gatewayPort}){(slot == 0 ? ", primary" : string.Empty)}{(trust is null ? string.Empty : ", mutual TLS")}";
            builder.UseOrleans(silo =>
            {
                // Development clustering keeps membership in the primary silo (the first worker): it must outlive the others.
                silo.UseLocalhostClustering(siloPort, gatewayPort, new IPEndPoint(IPAddress.Loopback, LocalhostSiloPort), spec.ServiceId, spec.ClusterId);
                Secure(silo, trust);
                silo.AddWannWorker(threads);
                configureSilo?.Invoke(silo);
            });
        }
        else
        {
            int siloPort = FreeTcpPort();
            int gatewayPort = FreeTcpPort();
            // Listen only on the address the user named (loopback when Redis is local): never on every interface.
            IPAddress advertised = spec.Bind ?? IPAddress.Loopback;
            endpoint = $"{advertised}:{siloPort} (gateway {gatewayPort}){(trust is null ? string.Empty : ", mutual TLS")}";
            builder.UseOrleans(silo =>
            {
                silo.UseRedisClustering(o => o.ConfigurationOptions = RedisOptions(spec, trust));
                silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (spec.ClusterId, spec.ServiceId));
                silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: false);
                Secure(silo, trust);
                silo.AddWannWorker(threads);
                configureSilo?.Invoke(silo);
            });
        }

        return (builder.Build(), endpoint);
    }

    /// <summary>Reads the certificate files a spec names, so a wrong path is reported before anything starts.</summary>
    /// <param name="spec">The spec.</param>
    /// <exception cref="FormatException">A file is missing or is not a certificate (or key) of the expected kind.</exception>
    public static void CheckCertificates(ClusterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.UsesTls)
        {
            ClusterTrust.Load(spec).Certificate.Dispose();
        }
    }

    /// <summary>Builds (does not start) a client host for the coordinator.</summary>
    /// <param name="spec">Membership to join.</param>
    /// <param name="minimumLogLevel">Orleans log level kept.</param>
    /// <param name="log">A Serilog logger that receives every event instead of the console (one logging pipeline:
    /// re-sends and lost workers land in the run's <c>log.clef</c>); <see langword="null"/>: the console.</param>
    /// <returns>The host; its services hold the <see cref="IClusterClient"/>.</returns>
    public static IHost BuildClient(ClusterSpec spec, LogLevel minimumLogLevel = LogLevel.Warning, Serilog.ILogger? log = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        if (log is not null)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddSerilog(log, dispose: false);
        }

        if (log is null)
        {
            // On the console the coordinator's own messages say what failed (no worker reachable, a batch re-sent);
            // Orleans' connection errors there would be pages of stack frames. A run's log.clef keeps them.
            builder.Logging.AddFilter("Orleans", LogLevel.None);
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        }

        ClusterTrust? trust = spec.UsesTls ? ClusterTrust.Load(spec) : null;
        builder.UseOrleansClient(client =>
        {
            if (trust is not null)
            {
                client.UseTls(trust.Certificate, trust.Configure);
            }

            if (spec.IsLocalhost)
            {
                // Only the gateways that answer now: listing absent ones makes the client retry them forever. Workers that
                // start later still get work, because placement (done by the silos) sees the whole membership.
                var gateways = new List<int>();
                for (int i = 0; i < LocalhostMaxWorkers; i++)
                {
                    if (IsListening(LocalhostGatewayPort + i))
                    {
                        gateways.Add(LocalhostGatewayPort + i);
                    }
                }

                client.UseLocalhostClustering(gateways.Count > 0 ? [.. gateways] : [LocalhostGatewayPort], spec.ServiceId, spec.ClusterId);
            }
            else
            {
                client.UseRedisClustering(o => o.ConfigurationOptions = RedisOptions(spec, trust));
                client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (spec.ClusterId, spec.ServiceId));
            }
        });
        return builder.Build();
    }

    private static int FirstFreeLocalhostSlot()
    {
        for (int slot = 0; slot < LocalhostMaxWorkers; slot++)
        {
            if (IsFree(LocalhostSiloPort + slot) && IsFree(LocalhostGatewayPort + slot))
            {
                return slot;
            }
        }

        throw new InvalidOperationException($"All {LocalhostMaxWorkers} localhost worker port pairs ({LocalhostSiloPort}+, {LocalhostGatewayPort}+) are in use.");
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var probe = new TcpClient();
            probe.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>A TCP port that is free now.</summary>
    /// <returns>The port number.</returns>
    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Secure(ISiloBuilder silo, ClusterTrust? trust)
    {
        if (trust is not null)
        {
            silo.UseTls(trust.Certificate, trust.Configure);
        }
    }

    private static ConfigurationOptions RedisOptions(ClusterSpec spec, ClusterTrust? trust)
    {
        var options = new ConfigurationOptions
        {
            User = spec.RedisUser,
            Password = spec.RedisPassword,
            Ssl = spec.RedisTls,
            AbortOnConnectFail = false,
        };
        options.EndPoints.Add(spec.RedisHost!.Trim('[', ']'), spec.RedisPort);
        if (spec.RedisTls)
        {
            options.SslHost = spec.RedisHost.Trim('[', ']');
            if (trust is not null)
            {
                // A Redis with tls-auth-clients asks for a client certificate: present this member's; and accept a
                // server certificate signed by the deployment's CA as well as one the system trusts.
                options.CertificateSelection += (_, _, _, _, _) => trust.Certificate;
                options.CertificateValidation += (_, certificate, _, errors) => trust.AcceptsRedisServer(certificate, errors);
            }
        }

        return options;
    }
}
