/// Merging tallies kept by separate readers of one ticket file (the two halves of a file
/// read on two cores). Every figure is a sum, a union or a histogram, so the merged tally
/// is exactly the one a single reader would have built, whatever the split.
extension WaitHistogram {
    mutating func merge(_ other: WaitHistogram) {
        for (minutes, tickets) in other.denseCounts.enumerated() where tickets > 0 {
            addCount(minutes, tickets)
        }
        for (minutes, tickets) in other.longCounts { addCount(minutes, tickets) }
    }
}

extension ItemSet {
    mutating func formUnion(_ other: ItemSet) {
        for member in other.members { insert(member) }
    }
}

extension GroupTally {
    mutating func merge(_ other: GroupTally) {
        received += other.received
        completed += other.completed
        onTime += other.onTime
        immediate += other.immediate
        withinSteps += other.withinSteps
        online += other.online
        oneVisit += other.oneVisit
        zeroVisits += other.zeroVisits
        rated += other.rated
        satisfied += other.satisfied
        dissatisfied += other.dissatisfied
        statutoryDaysTotal += other.statutoryDaysTotal
        elapsedDaysTotal += other.elapsedDaysTotal
        overdueOpen += other.overdueOpen
        wait.merge(other.wait)
        completedItems.formUnion(other.completedItems)
    }
}

extension ItemTally {
    mutating func merge(_ other: ItemTally) {
        completed += other.completed
        onTime += other.onTime
        rated += other.rated
        satisfied += other.satisfied
    }
}

extension ServiceTally {
    /// Adds `other`'s tickets (read from another part of the same file, with the same
    /// period, catalogue and calendar).
    mutating func merge(_ other: ServiceTally) {
        for slot in periods.indices {
            for index in periods[slot].departments.indices {
                periods[slot].departments[index].merge(other.periods[slot].departments[index])
            }
            for index in periods[slot].townships.indices {
                periods[slot].townships[index].merge(other.periods[slot].townships[index])
            }
        }
        for (position, hall) in other.hallNames.enumerated() {
            let mine = hallSlot(hall)
            for slot in periods.indices {
                periods[slot].halls[mine].merge(other.periods[slot].halls[position])
            }
        }
        for index in items.indices { items[index].merge(other.items[index]) }
        appendOverdue(other.overdue)
        mergeMonthly(other.monthlyOnTime)
        if calendarProblem == nil { calendarProblem = other.calendarProblem }
    }
}
