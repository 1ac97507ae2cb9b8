/**
 * Switches of the capacity physics, per simulated DynamoDB service (`db.physics`). Plain JSON.
 */
export interface PhysicsSettings {
  /**
   * Adaptive capacity (AWS-FACTS §3.4, bp-partition-key-design.html): when on, a partition that has used its
   * own share this second may borrow the table's unused capacity, up to the per-partition maximum of
   * 3,000 RCU / 1,000 WCU per second. On AWS it is always on; here it is a switch, off by default, so a
   * learner can see the hot partition throttle first and then see what adaptive capacity changes.
   * @default false
   */
  adaptiveCapacity: boolean
  /**
   * When false, nothing throttles (capacity is still metered). For the local endpoint and demos.
   * @default true
   */
  throttling: boolean
}

export const DEFAULT_PHYSICS_SETTINGS: Readonly<PhysicsSettings> = Object.freeze({ adaptiveCapacity: false, throttling: true })
