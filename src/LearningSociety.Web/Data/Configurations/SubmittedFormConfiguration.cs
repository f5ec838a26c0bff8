using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Web.Data.Configurations;

public sealed class SubmittedFormConfiguration : IEntityTypeConfiguration<SubmittedForm>
{
    public void Configure(EntityTypeBuilder<SubmittedForm> builder)
    {
        builder.ToTable("SubmittedForms");
        // The key is the uniqueness that makes a second post of the same form wait for, then find, the first.
        builder.HasKey(f => f.Key);
        builder.Property(f => f.Key).HasMaxLength(64);
        builder.Property(f => f.UserName).HasMaxLength(256);
        builder.Property(f => f.ResultUrl).HasMaxLength(SubmittedForm.MaxResultUrlLength);
        // Old rows of a user are removed when the user saves the next form.
        builder.HasIndex(f => new { f.UserName, f.CreatedAt });
    }
}
