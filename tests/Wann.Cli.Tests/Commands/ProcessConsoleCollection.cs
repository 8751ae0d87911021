namespace Wann.Cli.Tests.Commands;

/// <summary>Tests that redirect the process's console run in this collection, apart from all others.</summary>
[CollectionDefinition(nameof(ProcessConsoleCollection), DisableParallelization = true)]
public sealed class ProcessConsoleCollection;
