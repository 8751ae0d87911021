namespace Wann.Core.Settings;

/// <summary>
/// A setting written to <c>config.json</c> and checkpoints only when it differs from its default, so the files of
/// runs that do not use the component it belongs to keep their bytes from before the setting existed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WrittenWhenNotDefaultAttribute : Attribute;
