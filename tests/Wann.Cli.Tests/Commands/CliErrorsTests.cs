using Wann.Cli.Commands;

namespace Wann.Cli.Tests.Commands;

// Console.Error is process-wide: this class runs alone (ProcessConsoleCollection).
[Collection(nameof(ProcessConsoleCollection))]
public class CliErrorsTests
{
    [Fact]
    public async Task A_defect_ends_in_a_sentence_and_exit_code_70_not_a_stack_trace()
    {
        TextWriter original = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            int code = await CliErrors.Guard(() => throw new InvalidOperationException("the benchmark built an invalid config."));
            Assert.Equal(CliErrors.InternalError, code);
        }
        finally
        {
            Console.SetError(original);
        }

        string text = captured.ToString();
        Assert.Contains("error: internal error: the benchmark built an invalid config. Please report it", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
    }
}
