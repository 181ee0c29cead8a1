ALTER TABLE "decisions" ALTER COLUMN "determination" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "digest" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "outcome" jsonb;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "engine_version" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_lean_or_whole_check" CHECK ("decisions"."determination" is not null or ("decisions"."digest" is not null and "decisions"."outcome" is not null and "decisions"."engine_version" is not null));