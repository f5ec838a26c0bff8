using LearningSociety.Domain.Deadlines;

namespace LearningSociety.Web.Data;

/// <summary>A stored deadline (data per year and level), read as a domain <see cref="Deadline"/>.</summary>
public sealed class DeadlineDefinition
{
    public int Id { get; set; }

    public int Year { get; set; }

    public string LevelCode { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public DateOnly DueDate { get; set; }

    public Deadline ToDomain() => new(Year, LevelCode, Description, DueDate);
}
