using LearningSociety.Domain.Deadlines;
using LearningSociety.Web.Data;
using LearningSociety.Web.Features.Approvals;
using LearningSociety.Web.Features.Decisions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Data.Configurations;

public sealed class ApprovalRouteDefinitionConfiguration : IEntityTypeConfiguration<ApprovalRouteDefinition>
{
    public void Configure(EntityTypeBuilder<ApprovalRouteDefinition> builder)
    {
        builder.ToTable("ApprovalRoutes");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(30);
        builder.Property(r => r.TitleType).HasMaxLength(20);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.OwnsMany(r => r.Steps, steps =>
        {
            steps.ToTable("ApprovalRouteSteps");
            steps.WithOwner().HasForeignKey("RouteCode");
            steps.HasKey("RouteCode", nameof(ApprovalStepDefinition.Order));
            steps.Property(s => s.Order).ValueGeneratedNever();
            steps.Property(s => s.LevelCode).HasMaxLength(20);
            steps.Property(s => s.Name).HasMaxLength(200);
        });
    }
}

public sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.Property(c => c.RouteCode).HasMaxLength(30);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(1000);
        builder.Property(c => c.DecisionNumber).HasMaxLength(50);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.RegistrationId).IsUnique();
        builder.HasIndex(c => new { c.Year, c.State, c.CurrentStepOrder });
        builder.HasOne(c => c.Registration).WithMany().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApprovalRouteDefinition>().WithMany().HasForeignKey(c => c.RouteCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecognitionDecision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CandidateTransitionConfiguration : IEntityTypeConfiguration<CandidateTransition>
{
    public void Configure(EntityTypeBuilder<CandidateTransition> builder)
    {
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.FromState).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ToState).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Actor).HasMaxLength(256);
        builder.Property(t => t.ActorLevelCode).HasMaxLength(20);
        builder.Property(t => t.Comment).HasMaxLength(1000);
        builder.HasIndex(t => new { t.CandidateId, t.Sequence }).IsUnique();
    }
}

public sealed class RecognitionDecisionConfiguration : IEntityTypeConfiguration<RecognitionDecision>
{
    public void Configure(EntityTypeBuilder<RecognitionDecision> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.IssuingBody).HasMaxLength(200);
        builder.Property(d => d.SignerName).HasMaxLength(150);
        builder.Property(d => d.SignerPosition).HasMaxLength(150);
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.UnitId, d.Number }).IsUnique();
        builder.HasOne<LearningSociety.Domain.Units.AdministrativeUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecognitionDecision>().WithMany().HasForeignKey(d => d.AmendsDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Deadlines are rows per year and level, seeded from <see cref="Deadline.SeedsFor"/>.</summary>
public sealed class DeadlineConfiguration : IEntityTypeConfiguration<DeadlineDefinition>
{
    public void Configure(EntityTypeBuilder<DeadlineDefinition> builder)
    {
        builder.ToTable("Deadlines");
        builder.Property(d => d.LevelCode).HasMaxLength(20);
        builder.Property(d => d.Description).HasMaxLength(300);
        builder.HasIndex(d => new { d.Year, d.LevelCode });
    }
}
