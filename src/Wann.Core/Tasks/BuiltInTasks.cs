using Wann.Core.Evaluation;
using Wann.Environments.CarRacing;
using Wann.Environments.PoleBalancing;
using Wann.Environments.SwingUp;

namespace Wann.Core.Tasks;

/// <summary>Registers Wann's own tasks, through the same <see cref="TaskCatalog.Register"/> a plug-in uses.</summary>
/// <remarks>
/// <para>One name means one thing everywhere: the step limit belongs to the task. <c>doublepole</c> is the
/// 1,000-step search task (the fitness WANN searches with); the 100,000-step benchmark test is
/// <c>doublepole-100k</c> (and <c>doublepole-novel-100k</c> without velocities). Before the catalog, the
/// environment registry used <c>doublepole</c> for the 100,000-step variant; <c>wann env</c> now lists
/// and traces the catalog's control tasks, so <c>wann env trace doublepole</c> has the 1,000-step limit.</para>
/// <para>Reward thresholds are Gymnasium's where the task is Gymnasium's (CartPole-v1 475, CarRacing 900),
/// and the full episode's reward for the pole-balancing tests that score 1 per step.</para>
/// </remarks>
public static class BuiltInTasks
{
    /// <summary>Registers every built-in task.</summary>
    /// <param name="catalog">The catalog.</param>
    public static void Register(TaskCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        catalog.Register(new ControlTask("swingup", CartPoleSwingUp.CreateSpec(), lanes => new CartPoleSwingUp(lanes)));
        catalog.Register(new ControlTask("cartpole", CartPole.CreateSpec(), lanes => new CartPole(lanes)) { RewardThreshold = 475 });

        // WANN search balances for 1000 steps; the 100,000-step success test is the benchmark's, not the fitness.
        catalog.Register(new ControlTask("doublepole", DoublePole.CreateSpec(true, 1000), lanes => new DoublePole(lanes, velocities: true, 1000)) { RewardThreshold = 1000 });
        catalog.Register(new GruauDampingTask("doublepole-novel"));

        // The benchmark's success criterion as fitness: steps balanced, up to 100,000 (NEAT's Markov protocol).
        catalog.Register(new ControlTask("doublepole-100k", DoublePole.CreateSpec(true, 100_000), lanes => new DoublePole(lanes, velocities: true, 100_000)) { RewardThreshold = 100_000 });
        ClassificationTask mnist = ClassificationTask.Mnist256();
        mnist.Capabilities.Set<IAssessmentCapability>(new ClassificationAccuracyAssessment());
        catalog.Register(mnist);
        catalog.Register(new CarRacingTask { RewardThreshold = 900 });
        catalog.Register(new ControlTask("doublepole-novel-100k", DoublePole.CreateSpec(false, 100_000), lanes => new DoublePole(lanes, velocities: false, 100_000)) { RewardThreshold = 100_000 });
    }
}
