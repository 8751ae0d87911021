using Wann.Core.Tasks;
using Wann.Environments.Spaces;

namespace Wann.Core.Tests.Tasks;

public sealed class ActionDecoderTests
{
    [Fact]
    public void One_output_two_choices_is_thresholded_at_one_half()
    {
        var decoder = ActionDecoder.For(Space.Discrete(2, "push_right"));
        Assert.Equal(1, decoder.OutputCount);
        var actions = new double[4];
        decoder.Decode([0.4999, 0.5, 7.0, double.NaN], actions, 4);
        Assert.Equal([0.0, 1.0, 1.0, 0.0], actions);
    }

    [Fact]
    public void Several_choices_take_the_argmax_per_lane_component_major()
    {
        var decoder = ActionDecoder.For(Space.Discrete(3, "torque"));
        Assert.Equal(["torque=0", "torque=1", "torque=2"], decoder.OutputNames());

        // Two lanes: lane 0 outputs (0.1, 0.9, 0.3), lane 1 outputs (2, 2, -1) (a tie keeps the first).
        var actions = new double[2];
        decoder.Decode([0.1, 2.0, 0.9, 2.0, 0.3, -1.0], actions, 2);
        Assert.Equal([1.0, 0.0], actions);
    }

    [Fact]
    public void Continuous_outputs_are_clipped_or_scaled_bit_for_bit_as_car_racing_did()
    {
        var space = Space.Continuous(["steer", "gas", "brake"], [-1.0, 0.0, 0.0], [1.0, 1.0, 1.0]);
        var decoder = ActionDecoder.Scaled(space, [-1.0, -1.0, 0.0], [1.0, 1.0, 1.0]);
        double[] o = [-3.0, 0.3, 0.1234567, -0.7, 2.0, 0.9];
        var actions = new double[6];
        decoder.Decode(o, actions, 2);
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(Math.Clamp(o[i], -1, 1), actions[i]);
            Assert.Equal((Math.Clamp(o[2 + i], -1, 1) + 1) / 2, actions[2 + i]);
            Assert.Equal(Math.Clamp(o[4 + i], 0, 1), actions[4 + i]);
        }
    }
}
