#include "fleet/tenant_catalogs.h"

#include <algorithm>
#include <filesystem>
#include <mutex>

#include "catalog/fingerprint.h"
#include "introspect/catalog_marker.h"
#include "introspect/catalog_reader.h"
#include "fleet/runner.h"

namespace pgfleet {
namespace {

namespace fs = std::filesystem;

std::string escape_name(const std::string& name) {
    std::string out;
    for (char c : name) {
        if (c == '/') out += "%2F";
        else if (c == '%') out += "%25";
        else out += c;
    }
    return out;
}

std::string unescape_name(const std::string& name) {
    std::string out;
    for (size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '%' && name.compare(i, 3, "%2F") == 0) out += '/', i += 2;
        else if (name[i] == '%' && name.compare(i, 3, "%25") == 0) out += '%', i += 2;
        else out += name[i];
    }
    return out;
}

}  // namespace

FleetCatalogs read_fleet_catalogs(FleetRun& run, const std::vector<TenantRef>& tenants, bool full) {
    FleetCatalogs catalogs;
    std::mutex mutex;
    Progress progress(stderr, run.live_progress, "reading", tenants.size());
    std::atomic<bool> stop{false};
    auto read_in_full = [&](const TenantRef& t, Session& session) {
        TenantRead r = read_tenant(session, t.key(), run.cache);
        session.close_and_wait();
        std::lock_guard lock(mutex);
        catalogs.add(t, std::move(r.snapshot), r.fingerprint);
        if (!run.quiet) progress.done(t.key(), "read", short_fingerprint(r.fingerprint));
    };
    auto unreadable = [&](const TenantRef& t, const std::exception& e) {
        std::lock_guard lock(mutex);
        catalogs.add_unreadable(t, e.what());
        if (!run.quiet) progress.done(t.key(), "unreadable", e.what());
    };
    run_jobs(tenants.size(), run.connections.workers_for(tenants), [&](size_t i) {
        const TenantRef& t = tenants[i];
        try {
            Lease lease = run.connections.open(t);
            // A catalog marker unchanged since a full read gives the fingerprint (as apply
            // trusts it); only the relation sizes are read then, for the plan's online choices.
            if (!full) {
                CatalogMarker marker = read_catalog_marker(lease.session());
                if (auto fp = run.cache.lookup(t.key(), marker.marker)) {
                    auto bytes = read_relation_bytes(lease.session());
                    lease.session().close_and_wait();
                    std::lock_guard lock(mutex);
                    catalogs.add_known(t, *fp, bytes, marker.role);
                    if (!run.quiet) progress.done(t.key(), "known", short_fingerprint(*fp));
                    return;
                }
            }
            read_in_full(t, lease.session());
        } catch (const std::exception& e) {
            unreadable(t, e);
        }
    }, stop);
    if (!run.quiet) progress.finish();
    // A group nobody read in full gets its catalog from its first tenant. Should that read
    // disagree with the marker's fingerprint, every tenant of the group is read in full.
    for (const std::string& fp : catalogs.groups_without_catalog()) {
        const auto& members = catalogs.groups().at(fp).tenants;
        const TenantRef first = *std::min_element(members.begin(), members.end());
        try {
            Lease lease = run.connections.open(first);
            TenantRead r = read_tenant(lease.session(), first.key(), run.cache);
            lease.session().close_and_wait();
            if (r.fingerprint == fp) {
                catalogs.set_catalog(fp, first, std::move(r.snapshot));
                continue;
            }
        } catch (const std::exception&) {
            // Read again below, where a failure is reported for the tenant.
        }
        for (const TenantRef& t : catalogs.remove_group(fp)) {
            try {
                Lease lease = run.connections.open(t);
                read_in_full(t, lease.session());
            } catch (const std::exception& e) {
                unreadable(t, e);
            }
        }
    }
    return catalogs;
}

std::string tenant_snapshot_path(const std::string& dir, const TenantRef& t) {
    return (fs::path(dir) / t.cluster / (escape_name(t.database) + ".json")).string();
}

std::vector<TenantRef> tenants_in_snapshot_dir(const std::string& dir) {
    if (!fs::is_directory(dir)) throw std::runtime_error(dir + ": not a snapshot directory");
    std::vector<TenantRef> out;
    for (const auto& cluster : fs::directory_iterator(dir)) {
        if (!cluster.is_directory()) continue;
        for (const auto& f : fs::directory_iterator(cluster.path()))
            if (f.is_regular_file() && f.path().extension() == ".json")
                out.push_back({cluster.path().filename().string(), unescape_name(f.path().stem().string())});
    }
    std::sort(out.begin(), out.end());
    return out;
}

FleetCatalogs read_snapshot_catalogs(const std::string& dir, const std::vector<TenantRef>& tenants) {
    FleetCatalogs catalogs;
    for (const auto& t : tenants) {
        try {
            Snapshot s = read_snapshot_file(tenant_snapshot_path(dir, t));
            std::string fp = fingerprint(s.catalog, s.server_version_major);
            catalogs.add(t, std::move(s), fp);
        } catch (const std::exception& e) {
            catalogs.add_unreadable(t, e.what());
        }
    }
    return catalogs;
}

std::vector<SnapshotResult> write_fleet_snapshots(FleetRun& run, const std::vector<TenantRef>& tenants,
                                                  const std::string& dir) {
    std::vector<SnapshotResult> results(tenants.size());
    Progress progress(stderr, run.live_progress, "snapshot", tenants.size());
    std::atomic<bool> stop{false};
    run_jobs(tenants.size(), run.connections.workers_for(tenants), [&](size_t i) {
        const TenantRef& t = tenants[i];
        SnapshotResult& r = results[i];
        r.tenant = t;
        try {
            TenantRead read;
            {
                Lease lease = run.connections.open(t);
                read = read_tenant(lease.session(), t.key(), run.cache);
            }
            std::string path = tenant_snapshot_path(dir, t);
            fs::create_directories(fs::path(path).parent_path());
            write_snapshot_file(read.snapshot, path);
            r.ok = true;
            r.fingerprint = read.fingerprint;
        } catch (const std::exception& e) {
            r.error = e.what();
        }
        if (!run.quiet) progress.done(t.key(), r.ok ? "written" : "failed", r.ok ? short_fingerprint(r.fingerprint) : r.error);
    }, stop);
    if (!run.quiet) progress.finish();
    return results;
}

}  // namespace pgfleet
