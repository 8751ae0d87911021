using BenchmarkDotNet.Running;

namespace Wann.Benchmarks;

/// <summary>Runs the micro-benchmarks: dotnet run -c Release --project tests/Wann.Benchmarks -- --filter '*'.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
