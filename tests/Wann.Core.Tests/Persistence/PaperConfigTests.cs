using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Tests.Persistence;

public class PaperConfigTests
{
    [Fact]
    public void The_paper_swingup_config_is_todays_swingup_config_under_another_name()
    {
        string root = ExperimentConfigLoaderTests.RepositoryRoot();
        ExperimentConfig today = ExperimentConfigLoader.Load(Path.Combine(root, "experiments", "swingup.json"));
        ExperimentConfig paper = ExperimentConfigLoader.Load(Path.Combine(root, "experiments", "swingup-paper.json"));
        Assert.Equal("swingup-paper", paper.Name);
        Assert.Equal(ExperimentConfigLoader.ToJson(today with { Name = paper.Name }), ExperimentConfigLoader.ToJson(paper));
        Assert.Equal(SearchMode.Wann, paper.Mode);
        Assert.Equal("nsga2", paper.Ranking);
    }
}
