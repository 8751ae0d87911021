using Wann.Core.Tasks;
using Wann.Environments.PoleBalancing;
using Wann.Environments.Spaces;

namespace Wann.Core.Tests.Tasks;

public sealed class TaskCatalogTests
{
    [Fact]
    public void Built_in_tasks_are_in_the_default_catalog_with_their_spaces_and_limits()
    {
        TaskCatalog catalog = TaskCatalog.Default;
        Assert.Equal(["carracing", "cartpole", "doublepole", "doublepole-100k", "doublepole-novel", "doublepole-novel-100k", "mnist256", "swingup"], TaskCatalog.CreateWithBuiltIns().Names);
        WannTask cartpole = catalog.Get("cartpole");
        Assert.Equal(SpaceKind.Discrete, cartpole.ActionSpace.Kind);
        Assert.Equal(2, cartpole.ActionSpace.Count);
        Assert.Equal(500, cartpole.EpisodeLimit);
        Assert.Equal(475, cartpole.RewardThreshold);
        Assert.Equal(1000, catalog.Get("doublepole").EpisodeLimit);
        Assert.Equal(100_000, catalog.Get("doublepole-100k").EpisodeLimit);
        Assert.Equal(10, catalog.Get("mnist256").ActionSpace.Count);
    }

    [Fact]
    public void A_second_registration_of_a_name_is_refused_with_the_name_in_the_message()
    {
        var catalog = TaskCatalog.CreateWithBuiltIns();
        var twin = new ControlTask("cartpole", CartPole.CreateSpec(), lanes => new CartPole(lanes));
        var e = Assert.Throws<DuplicateTaskException>(() => catalog.Register(twin));
        Assert.Contains("'cartpole' is registered twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_code_registers_a_task_and_finds_it_by_name()
    {
        var catalog = new TaskCatalog();
        var task = new ControlTask("my-cartpole", CartPole.CreateSpec(), lanes => new CartPole(lanes));
        catalog.Register(task);
        Assert.Same(task, catalog.Get("my-cartpole"));
        Assert.False(catalog.Contains("cartpole"));
        var missing = Assert.Throws<KeyNotFoundException>(() => catalog.Get("pendulum"));
        Assert.Contains("Known: my-cartpole", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classification_brings_its_own_assessment_and_control_tasks_use_the_default()
    {
        Assert.NotNull(TaskCatalog.Default.Get("mnist256").GetCapability<Wann.Core.Evaluation.IAssessmentCapability>());
        Assert.Null(TaskCatalog.Default.Get("swingup").GetCapability<Wann.Core.Evaluation.IAssessmentCapability>());
    }

    [Fact]
    public void Capabilities_are_found_by_type()
    {
        var task = new ControlTask("c", CartPole.CreateSpec(), lanes => new CartPole(lanes));
        Assert.Null(task.GetCapability<IComparable<int>>());
        task.Capabilities.Set<IComparable<int>>(42);
        Assert.Equal(42, task.GetCapability<IComparable<int>>());
    }
}
