using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Core.Tests.Tasks;

public class PoleTaskTests
{
    [Theory]
    [InlineData(0.5, 23)] // F = 0: the short pole falls on step 23
    [InlineData(1.0, 5)]  // full push: step 5
    public void Gruau_fitness_of_a_short_episode_is_a_tenth_of_the_balanced_fraction(double output, int steps)
    {
        // Three inputs; the output is the bias times its own weight, a constant.
        Genome constant = GenomeFactory.Build(3, 1, [], [(0, 4, output, true)]);
        var task = (GruauDampingTask)TaskRegistry.Get("doublepole-novel");
        GenomeFitness f = new GenomeEvaluator().Evaluate(constant, task, [1.0], 2, 1, WeightMode.Own);
        Assert.Equal(0.1 * steps / 1000.0, f.Mean, 1e-15); // fewer than 100 steps: no damping term
    }

    [Fact]
    public void Cartpole_and_doublepole_tasks_map_outputs_to_the_native_actions()
    {
        // CartPole: output >= 0.5 pushes right; a constant 1 always pushes right and falls on step 9.
        Genome right = GenomeFactory.Build(4, 1, [], [(0, 5, 1.0, true)]);
        GenomeFitness f = new GenomeEvaluator().Evaluate(right, TaskRegistry.Get("cartpole"), [1.0], 3, 1, WeightMode.Own);
        Assert.InRange(f.Mean, 7, 11); // starts differ slightly from rest

        Genome still = GenomeFactory.Build(6, 1, [], [(0, 7, 0.5, true)]);
        GenomeFitness g = new GenomeEvaluator().Evaluate(still, TaskRegistry.Get("doublepole"), [1.0], 1, 1, WeightMode.Own);
        Assert.Equal(23, g.Mean);
    }
}
